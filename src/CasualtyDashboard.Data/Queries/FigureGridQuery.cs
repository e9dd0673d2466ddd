using Microsoft.EntityFrameworkCore;

namespace CasualtyDashboard.Data.Queries;

/// <summary>
/// The Figures grid's server-side paging, sorting and filtering, kept fast at a million rows: the page's ids come from
/// one index-ordered query on the figures alone (no joins while skipping), pages past the middle are read from the other
/// end of the index (so no page skips more than half the rows), and only the page's rows are then read in full.
/// </summary>
public sealed class FigureGridQuery(IDbContextFactory<DashboardDbContext> factory)
{
    public const int MaxPageSize = 500;

    public async Task<FigurePage> PageAsync(FigureFilter filter, FigureSort sort, int skip, int take, CancellationToken ct = default)
    {
        take = Math.Clamp(take, 1, MaxPageSize);
        skip = Math.Max(0, skip);
        await using var db = await factory.CreateDbContextAsync(ct);
        var filtered = FigureFilters.Filtered(db, filter);
        var total = await FigureFilters.CountAsync(db, filter, ct);
        if (skip >= total) return new FigurePage([], total);

        var reverse = skip > total / 2;
        var (from, count) = reverse ? FromTheEnd(total, skip, take) : (skip, take);
        var ids = await FigureFilters.Sorted(filtered, sort.Column, sort.Descending ^ reverse)
            .Skip(from).Take(count).Select(f => f.Id).ToListAsync(ct);
        if (reverse) ids.Reverse();
        return new FigurePage(await FigureRowReader.ReadAsync(db, ids, ct), total);
    }

    /// <summary>Rows <paramref name="skip"/>..+<paramref name="take"/> counted from the other end of the same order.</summary>
    private static (int Skip, int Take) FromTheEnd(int total, int skip, int take)
    {
        var end = Math.Min(total, skip + take);
        return (total - end, end - skip);
    }

    /// <summary>One figure with its review state and notes, or null.</summary>
    public async Task<FigureRow?> GetAsync(long id, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return (await FigureRowReader.ReadAsync(db, [id], ct)).FirstOrDefault();
    }

    /// <summary>The regions, authorities and outlets the filters offer, alphabetically.</summary>
    public async Task<FigureFacets> FacetsAsync(CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var regions = await db.Figures.AsNoTracking().Where(f => f.Region != null).Select(f => f.Region!).Distinct().OrderBy(r => r).ToListAsync(ct);
        var authorities = await db.Figures.AsNoTracking().Select(f => f.Authority).Distinct().OrderBy(a => a).ToListAsync(ct);
        var outlets = await db.Outlets.AsNoTracking().Select(o => o.Name).OrderBy(n => n).ToListAsync(ct);
        return new FigureFacets(regions, authorities, outlets);
    }
}
