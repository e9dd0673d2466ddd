using CasualtyDashboard.Data.Entities;
using CasualtyDashboard.Extraction.Model;
using Microsoft.EntityFrameworkCore;

namespace CasualtyDashboard.Data.Queries;

/// <summary>Read-only figure queries (provider-neutral LINQ, no tracking, one short-lived context each).</summary>
public sealed class FigureQueries(IDbContextFactory<DashboardDbContext> factory)
{
    /// <summary>
    /// Per authority and reporting date, the highest value of the cumulative whole-toll figures of one category and region
    /// (a stand-in for the reconciled series until reconciliation lands).
    /// </summary>
    public async Task<IReadOnlyList<TrendPoint>> CumulativeTrendAsync(FigureCategory category, string region, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var rows = await db.Figures.AsNoTracking()
            .Where(f => f.Category == category && f.Region == region && f.Subgroup == FigureSubgroup.All
                        && f.Basis == FigureBasis.Cumulative && f.ReportedOn != null)
            .GroupBy(f => new { f.Authority, f.ReportedOn })
            .Select(g => new { g.Key.Authority, g.Key.ReportedOn, Value = g.Max(f => f.Value), Claims = g.Count() })
            .ToListAsync(ct);
        return rows.Select(r => new TrendPoint(r.ReportedOn!.Value, r.Authority, r.Value, r.Claims))
            .OrderBy(p => p.Date).ThenBy(p => p.Authority, StringComparer.Ordinal).ToList();
    }

    /// <summary>The regions that have at least one figure, most figures first.</summary>
    public async Task<IReadOnlyList<string>> RegionsAsync(CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.Figures.AsNoTracking().Where(f => f.Region != null)
            .GroupBy(f => f.Region!).OrderByDescending(g => g.Count()).Select(g => g.Key).ToListAsync(ct);
    }

    /// <summary>Whether any figure names <paramref name="region"/> (one probe of the region index, where <see cref="RegionsAsync"/> counts them all).</summary>
    public async Task<bool> HasRegionAsync(string region, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.Figures.AsNoTracking().AnyAsync(f => f.Region == region, ct);
    }

    public async Task<DashboardCounts> CountsAsync(CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var byState = await db.Articles.AsNoTracking().GroupBy(a => a.State).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var figures = await db.Figures.CountAsync(ct);
        int Of(ArticleState s) => byState.FirstOrDefault(x => x.Key == s)?.Count ?? 0;
        return new DashboardCounts(byState.Sum(x => x.Count), Of(ArticleState.Pending), Of(ArticleState.Failed), figures);
    }
}
