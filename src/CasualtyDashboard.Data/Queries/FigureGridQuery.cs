using Microsoft.EntityFrameworkCore;

namespace CasualtyDashboard.Data.Queries;

/// <summary>
/// The Figures grid's server-side paging, sorting and filtering, kept fast at a million rows. The page's ids come from
/// index-ordered queries on the figures alone; only the page's rows are then read in full. The first and last pages,
/// and the next, previous or same page of a shown one, are keyset reads (decision 041, <see cref="FigureSeekSegments"/>):
/// a few short index ranges at any depth. Any other page is read by position: near either end by OFFSET, deeper from a
/// snapshot of the ordered ids built once per filter and sort (decision 017, <see cref="FigurePaging"/>,
/// <see cref="FigureGridCache"/>). The total per filter is cached.
/// </summary>
public sealed class FigureGridQuery(IDbContextFactory<DashboardDbContext> factory, FigureGridCache cache)
{
    public const int MaxPageSize = 500;

    /// <summary>How far from either end pages are read by OFFSET (a few milliseconds at this depth).</summary>
    public const int OffsetLimit = 2_000;

    public FigureGridQuery(IDbContextFactory<DashboardDbContext> factory) : this(factory, new FigureGridCache(TimeProvider.System)) { }

    /// <summary>How far from either end pages are read by OFFSET here (<see cref="OffsetLimit"/>; tests lower it).</summary>
    public int OffsetRows { get; init; } = OffsetLimit;

    /// <summary>False: every page by OFFSET, as before the snapshots (for comparisons in tests and the benchmark).</summary>
    public bool UseSnapshots { get; init; } = true;

    public Task<FigurePage> PageAsync(FigureFilter filter, FigureSort sort, int skip, int take, CancellationToken ct = default) =>
        PageAsync(filter, sort, skip, take, null, ct);

    /// <summary>
    /// The page of <paramref name="take"/> rows at <paramref name="skip"/>; with a <paramref name="seek"/> (the grid
    /// turning to the next or previous page) the rows just after or before that cursor instead, read by keyset whatever
    /// the depth (<see cref="FigureSeekSegments"/>), or from it again. <paramref name="skip"/> then only bounds the page by the total.
    /// </summary>
    public async Task<FigurePage> PageAsync(FigureFilter filter, FigureSort sort, int skip, int take, FigureSeek? seek, CancellationToken ct = default)
    {
        take = Math.Clamp(take, 1, MaxPageSize);
        await using var db = await factory.CreateDbContextAsync(ct);
        var total = await CountAsync(db, filter, ct);
        var plan = UseSnapshots ? FigurePaging.Plan(total, skip, take, OffsetRows) : FigurePaging.Plan(total, skip, take, int.MaxValue);
        if (plan.Take == 0) return new FigurePage([], total);

        var ids = (seek is not null && UseSnapshots ? await SeekAsync(db, filter, sort, seek, plan.Take, ct) : null)
                  ?? (UseSnapshots && plan.Skip == 0 && plan.Mode != FigurePagingMode.Snapshot
                      ? await EndAsync(db, filter, sort, plan.Mode == FigurePagingMode.FromEnd, plan.Take, ct)
                      : await ByPositionAsync(db, filter, sort, plan, ct));
        return new FigurePage(await FigureRowReader.ReadAsync(db, ids, ct), total);
    }

    /// <summary>A page by OFFSET from either end, or from the cached ordered ids of the filter and sort (decision 017).</summary>
    private async Task<List<long>> ByPositionAsync(DashboardDbContext db, FigureFilter filter, FigureSort sort, FigurePaging plan, CancellationToken ct)
    {
        var filtered = FigureFilters.Filtered(db, filter);
        List<long> ids;
        switch (plan.Mode)
        {
            case FigurePagingMode.FromStart:
                ids = await FigureFilters.Sorted(filtered, sort.Column, sort.Descending).Skip(plan.Skip).Take(plan.Take).Select(f => f.Id).ToListAsync(ct);
                break;
            case FigurePagingMode.FromEnd:
                ids = await FigureFilters.Sorted(filtered, sort.Column, !sort.Descending).Skip(plan.Skip).Take(plan.Take).Select(f => f.Id).ToListAsync(ct);
                ids.Reverse();
                break;
            default:
                if (cache.Ids(filter, sort) is not { } all)
                {
                    all = await FigureFilters.Sorted(filtered, sort.Column, sort.Descending).Select(f => f.Id).ToArrayAsync(ct);
                    cache.SetIds(filter, sort, all);
                }
                ids = plan.Skip >= all.Length ? [] : [.. all.AsSpan(plan.Skip, Math.Min(plan.Take, all.Length - plan.Skip))];
                break;
        }
        return ids;
    }

    /// <summary>
    /// The ids of the <paramref name="take"/> rows after (before, from) the cursor; null when a page before the cursor
    /// comes out short (rows were added or removed since: the caller reads the page by position).
    /// </summary>
    private static async Task<List<long>?> SeekAsync(DashboardDbContext db, FigureFilter filter, FigureSort sort, FigureSeek seek, int take, CancellationToken ct)
    {
        var before = seek.From == FigureSeekFrom.Before;
        var descending = sort.Descending != before;
        var segments = FigureSeekSegments.After(sort.Column, descending, seek.Cursor, NullsFirstAscending(db), inclusive: seek.From == FigureSeekFrom.At);
        var ids = await ReadAsync(db, filter, sort.Column, descending, segments, take, ct);
        if (!before) return ids;
        if (ids.Count < take) return null;
        ids.Reverse();
        return ids;
    }

    /// <summary>The first <paramref name="take"/> ids of the order, or the last when <paramref name="fromEnd"/>.</summary>
    private static async Task<List<long>> EndAsync(DashboardDbContext db, FigureFilter filter, FigureSort sort, bool fromEnd, int take, CancellationToken ct)
    {
        var descending = sort.Descending != fromEnd;
        var ids = await ReadAsync(db, filter, sort.Column, descending, FigureSeekSegments.All(sort.Column, descending, NullsFirstAscending(db)), take, ct);
        if (fromEnd) ids.Reverse();
        return ids;
    }

    /// <summary>Reads the segments in turn, each in the sort's order and limited to what the page still lacks.</summary>
    private static async Task<List<long>> ReadAsync(DashboardDbContext db, FigureFilter filter, FigureSortColumn column, bool descending,
        IEnumerable<System.Linq.Expressions.Expression<Func<Entities.Figure, bool>>> segments, int take, CancellationToken ct)
    {
        var ids = new List<long>(take);
        foreach (var segment in segments)
        {
            var rows = FigureFilters.Filtered(db, filter).Where(segment);
            ids.AddRange(await FigureFilters.Sorted(rows, column, descending).Take(take - ids.Count).Select(f => f.Id).ToListAsync(ct));
            if (ids.Count >= take) break;
        }
        return ids;
    }

    /// <summary>SQLite and SQL Server put nulls first in an ascending order, PostgreSQL last.</summary>
    private static bool NullsFirstAscending(DashboardDbContext db) => !db.Database.ProviderName!.Contains("Npgsql", StringComparison.Ordinal);

    /// <summary>How many figures match, from the cache when counted in the last <see cref="FigureGridCache.Lifetime"/>.</summary>
    public async Task<int> CountAsync(FigureFilter filter, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await CountAsync(db, filter, ct);
    }

    /// <summary>How many figures the given articles hold (an import's articles, say).</summary>
    public async Task<int> CountOfArticlesAsync(IReadOnlyCollection<long> articleIds, CancellationToken ct = default)
    {
        if (articleIds.Count == 0) return 0;
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.Figures.AsNoTracking().CountAsync(f => articleIds.Contains(f.ArticleId), ct);
    }

    /// <summary>Forgets cached counts and id snapshots: call after a write that changes which figures a filter matches.</summary>
    public void Invalidate() => cache.Clear();

    private async Task<int> CountAsync(DashboardDbContext db, FigureFilter filter, CancellationToken ct)
    {
        if (cache.TryCount(filter, out var total)) return total;
        total = await FigureFilters.CountAsync(db, filter, ct);
        cache.SetCount(filter, total);
        return total;
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
