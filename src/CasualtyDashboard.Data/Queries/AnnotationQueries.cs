using System.Linq.Expressions;
using CasualtyDashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CasualtyDashboard.Data.Queries;

/// <summary>Reads annotations: of figures, of chart points (for the chart's markers), the list, and each one's history.</summary>
public sealed class AnnotationQueries(IDbContextFactory<DashboardDbContext> factory)
{
    /// <summary>
    /// The notes on the given chart points (<c>"seriesKey@yyyy-MM-dd"</c>, as the chart's customdata), oldest first;
    /// deleted notes left out. For the chart's markers and the reconciled export.
    /// </summary>
    public async Task<IReadOnlyList<AnnotationView>> ForPointsAsync(IEnumerable<string> pointKeys, CancellationToken ct = default)
    {
        var keys = pointKeys.Distinct(StringComparer.Ordinal).ToList();
        if (keys.Count == 0) return [];
        await using var db = await factory.CreateDbContextAsync(ct);
        return await Project(db.Set<Annotation>().AsNoTracking()
            .Where(a => a.PointKey != null && keys.Contains(a.PointKey) && !a.Deleted).OrderBy(a => a.Id)).ToListAsync(ct);
    }

    /// <summary>
    /// The notes on the points of one series (keys <c>"seriesKey@yyyy-MM-dd"</c>) dated <paramref name="from"/>..<paramref name="to"/>
    /// (either open), oldest first, deleted ones left out: one range of the point-key index, where <see cref="ForPointsAsync"/>
    /// sends every key of a chart.
    /// </summary>
    public async Task<IReadOnlyList<AnnotationView>> ForSeriesAsync(string seriesKey, DateOnly? from = null, DateOnly? to = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(seriesKey);
        var low = seriesKey + "@" + (from?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "0000");
        var high = seriesKey + "@" + (to?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "9999");
        await using var db = await factory.CreateDbContextAsync(ct);
        return await Project(db.Set<Annotation>().AsNoTracking()
            .Where(a => a.PointKey != null && string.Compare(a.PointKey, low) >= 0 && string.Compare(a.PointKey, high) <= 0 && !a.Deleted)
            .OrderBy(a => a.Id)).ToListAsync(ct);
    }

    /// <summary>The notes on one figure, oldest first (deleted ones too when asked, flagged).</summary>
    public async Task<IReadOnlyList<AnnotationView>> ForFigureAsync(long figureId, bool includeDeleted = false, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await Project(db.Set<Annotation>().AsNoTracking()
            .Where(a => a.FigureId == figureId && (includeDeleted || !a.Deleted)).OrderBy(a => a.Id)).ToListAsync(ct);
    }

    /// <summary>Annotations of figures and points, newest change first, paged.</summary>
    public async Task<AnnotationPage> ListAsync(AnnotationFilter filter, int skip, int take, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var q = db.Set<Annotation>().AsNoTracking();
        if (!filter.IncludeDeleted) q = q.Where(a => !a.Deleted);
        if (!string.IsNullOrWhiteSpace(filter.Text)) q = q.Where(a => a.Text.Contains(filter.Text.Trim()));
        if (!string.IsNullOrWhiteSpace(filter.Tag))
        {
            var needle = AnnotationTags.Needle(filter.Tag);
            q = q.Where(a => a.Tags.Contains(needle));
        }
        var total = await q.CountAsync(ct);
        var rows = await Project(q.OrderByDescending(a => a.UpdatedAt ?? a.At).ThenByDescending(a => a.Id)
            .Skip(Math.Max(0, skip)).Take(Math.Clamp(take, 1, 500))).ToListAsync(ct);
        return new AnnotationPage(rows, total);
    }

    /// <summary>Every recorded state of one annotation, oldest first.</summary>
    public async Task<IReadOnlyList<AnnotationRevisionView>> HistoryAsync(long annotationId, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var rows = await db.Set<AnnotationRevision>().AsNoTracking().Where(r => r.AnnotationId == annotationId)
            .OrderBy(r => r.Version).ThenBy(r => r.Id).Select(r => new { r.Version, r.Action, r.Text, r.Tags, r.By, r.At }).ToListAsync(ct);
        return rows.Select(r => new AnnotationRevisionView(r.Version, r.Action, r.Text, AnnotationTags.Parse(r.Tags), r.By, r.At)).ToList();
    }

    internal static IQueryable<AnnotationView> Project(IQueryable<Annotation> q) => q.Select(ToView);

    private static readonly Expression<Func<Annotation, AnnotationView>> ToView = a =>
        new AnnotationView(a.Id, a.FigureId, a.PointKey, a.Text, AnnotationTags.Parse(a.Tags), a.By, a.At, a.UpdatedBy, a.UpdatedAt, a.Version, a.Deleted);
}
