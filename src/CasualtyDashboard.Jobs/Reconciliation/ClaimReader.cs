using CasualtyDashboard.Data;
using CasualtyDashboard.Data.Entities;
using CasualtyDashboard.Extraction.Schema;
using CasualtyDashboard.Reconciliation.Claims;
using CasualtyDashboard.Reconciliation.Conflicts;
using CasualtyDashboard.Reconciliation.Series;
using Microsoft.EntityFrameworkCore;

namespace CasualtyDashboard.Jobs.Reconciliation;

/// <summary>
/// Reads the input of a run from the database: stored figures (with their article's outlet, address and date) and
/// imported reference claims as <see cref="Claim"/>s, and every analyst decision. Figures without a reporting date or
/// region cannot be placed in a series; they are counted, never dropped silently.
/// </summary>
internal static class ClaimReader
{
    public static async Task<ReconciliationInput> ReadAsync(DashboardDbContext db, CancellationToken ct)
    {
        var claims = new List<Claim>();
        var figures = db.Figures.AsNoTracking()
            .Where(f => f.ReportedOn != null && f.Region != null)
            .Select(f => new
            {
                f.Id, f.Value, f.Qualifier, f.Category, f.Subgroup, f.Region, f.Area, f.Authority, f.ReportedOn, f.Basis, f.Since,
                f.Evidence, f.ArticleId, f.Article!.Url, Outlet = f.Article.Outlet != null ? f.Article.Outlet.Name : null,
                f.Article.Published, f.Article.CreatedAt,
            })
            .AsAsyncEnumerable();
        await foreach (var f in figures.WithCancellation(ct))
        {
            claims.Add(new Claim(
                f.Id,
                new SeriesKey(f.Region!, f.Area, f.Category.Code(), f.Subgroup.Code(), f.Basis.Code(), f.Since),
                f.ReportedOn!.Value,
                f.Value,
                f.Qualifier.Code(),
                f.Authority,
                f.Outlet,
                f.ArticleId,
                f.Url,
                f.Evidence,
                StatedAt(f.Published, f.CreatedAt)));
        }

        var news = claims.Count;
        var references = db.Set<ReferenceClaim>().AsNoTracking().AsAsyncEnumerable();
        await foreach (var r in references.WithCancellation(ct))
        {
            claims.Add(new Claim(
                r.Id, new SeriesKey(r.Region, r.Area, r.Category, r.Subgroup, r.Basis, r.Since), r.ReportedOn, r.Value, r.Qualifier,
                r.Authority, r.Outlet, null, r.Url, r.Evidence, Utc(r.StatedAt), r.DeclaresRetroactiveAddition, IsReference: true));
        }

        var unplaced = await db.Figures.CountAsync(f => f.ReportedOn == null || f.Region == null, ct);
        var resolutions = (await db.Set<AnalystResolution>().AsNoTracking().ToListAsync(ct))
            .Select(r => new Resolution(new PointKey(r.PointKey), r.ConflictKey is null ? null : new ConflictKey(r.ConflictKey),
                r.ChosenClaimId, r.Value, r.Note, r.By, Utc(r.At)))
            .ToList();
        var dismissals = (await db.Set<AnalystDismissal>().AsNoTracking().ToListAsync(ct))
            .Select(d => new Dismissal(new ConflictKey(d.ConflictKey), d.Note, d.By, Utc(d.At)))
            .ToList();
        return new ReconciliationInput(claims, news, claims.Count - news, unplaced, resolutions, dismissals);
    }

    /// <summary>The article's publication day, or when it was stored: the later statement of a source on a day is its value.</summary>
    private static DateTime StatedAt(DateOnly? published, DateTime createdAt) =>
        published?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) ?? Utc(createdAt);

    private static DateTime Utc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);
}
