using System.Linq.Expressions;
using CasualtyDashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CasualtyDashboard.Data.Queries;

/// <summary>Applies a <see cref="FigureFilter"/> and a <see cref="FigureSort"/> to the figures (one translation for the grid and the exports).</summary>
internal static class FigureFilters
{
    public static IQueryable<Figure> Filtered(DashboardDbContext db, FigureFilter filter) => Filtered(db, db.Figures, filter);

    /// <summary>The filter over <paramref name="figures"/> (a provider's query through one index, say).</summary>
    public static IQueryable<Figure> Filtered(DashboardDbContext db, IQueryable<Figure> figures, FigureFilter filter)
    {
        var q = figures.AsNoTracking();
        if (filter.Category is { } category) q = q.Where(f => f.Category == category);
        if (filter.Subgroup is { } subgroup) q = q.Where(f => f.Subgroup == subgroup);
        if (!string.IsNullOrWhiteSpace(filter.Region)) q = q.Where(f => f.Region == filter.Region);
        if (!string.IsNullOrWhiteSpace(filter.Authority)) q = q.Where(f => f.Authority == filter.Authority);
        if (!string.IsNullOrWhiteSpace(filter.Outlet)) q = q.Where(f => f.Article!.Outlet!.Name == filter.Outlet);
        if (filter.From is { } from) q = q.Where(f => f.ReportedOn >= from);
        if (filter.To is { } to) q = q.Where(f => f.ReportedOn <= to);
        if (filter.ArticleId is { } articleId) q = q.Where(f => f.ArticleId == articleId);
        return filter.Review is { } state ? ByState(db, q, state) : q;
    }

    /// <summary>
    /// How many figures match. "Unreviewed" is counted as all minus the reviewed ones: both counts use indexes, where
    /// checking a million figures one by one for a missing status row took a second.
    /// </summary>
    public static async Task<int> CountAsync(DashboardDbContext db, FigureFilter filter, CancellationToken ct)
    {
        if (filter.Review != ReviewState.Unreviewed) return await Filtered(db, filter).CountAsync(ct);
        var all = Filtered(db, filter with { Review = null });
        var reviewed = Join(all, db.Set<FigureStatus>().AsNoTracking());
        return await all.CountAsync(ct) - await reviewed.CountAsync(ct);
    }

    // Positive states join the small status table (indexed by decision) so SQLite can start from it; see ReviewState.
    private static IQueryable<Figure> ByState(DashboardDbContext db, IQueryable<Figure> q, ReviewState state)
    {
        var statuses = db.Set<FigureStatus>().AsNoTracking();
        return state switch
        {
            ReviewState.Unreviewed => q.Where(f => !statuses.Any(s => s.FigureId == f.Id)),
            ReviewState.Rejected => Join(q, statuses.Where(s => s.Decision == ReviewDecision.Rejected)),
            ReviewState.Corrected => Join(q, statuses.Where(s => s.LatestCorrectionId != null && s.Decision != ReviewDecision.Rejected)),
            _ => Join(q, statuses.Where(s => s.Decision == ReviewDecision.Accepted && s.LatestCorrectionId == null)),
        };
    }

    private static IQueryable<Figure> Join(IQueryable<Figure> q, IQueryable<FigureStatus> statuses) =>
        q.Join(statuses, f => f.Id, s => s.FigureId, (f, s) => f);

    public static IOrderedQueryable<Figure> Sorted(IQueryable<Figure> q, FigureSortColumn column, bool descending) => column switch
    {
        FigureSortColumn.Id => descending ? q.OrderByDescending(f => f.Id) : q.OrderBy(f => f.Id),
        FigureSortColumn.ReportedOn => By(q, f => f.ReportedOn, descending, thenByDate: false),
        FigureSortColumn.Value => By(q, f => f.Value, descending, thenByDate: false),
        FigureSortColumn.Category => By(q, f => f.Category, descending, thenByDate: true),
        FigureSortColumn.Subgroup => By(q, f => f.Subgroup, descending, thenByDate: true),
        FigureSortColumn.Region => By(q, f => f.Region, descending, thenByDate: true),
        _ => By(q, f => f.Authority, descending, thenByDate: true),
    };

    private static IOrderedQueryable<Figure> By<TKey>(IQueryable<Figure> q, Expression<Func<Figure, TKey>> key, bool descending, bool thenByDate)
    {
        var ordered = descending ? q.OrderByDescending(key) : q.OrderBy(key);
        if (thenByDate) ordered = descending ? ordered.ThenByDescending(f => f.ReportedOn) : ordered.ThenBy(f => f.ReportedOn);
        return descending ? ordered.ThenByDescending(f => f.Id) : ordered.ThenBy(f => f.Id);
    }
}
