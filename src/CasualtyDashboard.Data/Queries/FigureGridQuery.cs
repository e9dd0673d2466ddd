using System.Linq.Expressions;
using CasualtyDashboard.Data.Entities;
using CasualtyDashboard.Data.Providers;
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
        var (total, capped) = await CappedCountAsync(db, filter, ct);
        // A page by position past the capped count (not one the pager offers: its last page is read from the end below)
        // needs the exact count.
        if (capped && seek is null && skip >= total) (total, capped) = (await CountAsync(db, filter, ct), false);
        var plan = FigurePaging.Plan(total, skip, take, OffsetsUpTo(filter, sort.Column, total, capped), capped);
        if (plan.Take == 0) return new FigurePage([], total, capped);
        var byValueIndex = UseSnapshots && WalksValueIndex(filter, sort.Column, total, capped);

        // A filter the value index holds is checked in that index's entries as it is read in order (decision 081): no walk
        // by primary key, and the read stops at the page's last match.
        var inValueIndex = UseSnapshots && sort.Column == FigureSortColumn.Value && filter != FigureFilter.None && InValueIndex(filter) && total >= WalkFrom;
        var keyset = new Keyset(db, filter, sort.Column, !inValueIndex && Walks(filter, sort.Column) && total >= WalkFrom ? WalkChunk : 0, inValueIndex);
        var ids = (seek is not null && UseSnapshots ? await SeekAsync(keyset, sort, seek, plan.Take, ct) : null)
                  // The pager's last page while the count is capped: the order's real last rows, by keyset from its end.
                  ?? (capped && skip + take >= total ? await EndAsync(keyset, sort, fromEnd: true, take, ct) : null)
                  ?? (UseSnapshots && plan.Skip == 0 && plan.Mode != FigurePagingMode.Snapshot
                      ? await EndAsync(keyset, sort, plan.Mode == FigurePagingMode.FromEnd, plan.Take, ct)
                      : await ByPositionAsync(db, filter, sort, plan, byValueIndex, ct));
        return new FigurePage(await FigureRowReader.ReadAsync(db, ids, ct), total, capped);
    }

    /// <summary>
    /// Where a page's count stops: counting a million figures of a filter on a joined column (outlet, review state) took
    /// 171-516 ms on the first page of that filter; counting up to the cap reads at most this many matches (decision 058).
    /// </summary>
    public const int CountCap = 10_000;

    /// <summary>Where this query's page counts stop (<see cref="CountCap"/>; tests lower it; 0 counts exactly).</summary>
    public int CountCapRows { get; init; } = CountCap;

    /// <summary>
    /// The number of matching figures, or (<see cref="CountCapRows"/>, true) when more than that match: the exact count
    /// when the cache has it, else one capped count (<c>COUNT(*)</c> over a subquery with a <c>LIMIT</c> of the cap + 1).
    /// </summary>
    private async Task<(int Total, bool Capped)> CappedCountAsync(DashboardDbContext db, FigureFilter filter, CancellationToken ct)
    {
        if (CountCapRows <= 0) return (await CountAsync(db, filter, ct), false);
        if (cache.TryCount(filter, out var exact)) return (exact, false);
        if (cache.MoreThan(filter, CountCapRows)) return (CountCapRows, true);
        var upTo = await FigureFilters.Filtered(db, filter).Take(CountCapRows + 1).CountAsync(ct);
        if (upTo <= CountCapRows)
        {
            cache.SetCount(filter, upTo);
            return (upTo, false);
        }
        cache.SetMoreThan(filter, CountCapRows);
        return (CountCapRows, true);
    }

    /// <summary>
    /// How far from either end a page is read by OFFSET: <see cref="OffsetRows"/>, or anywhere from the nearer end when the
    /// sort's index holds the whole filter (<see cref="InSortIndexAlone"/>): an OFFSET of 500,000 over a covering index is
    /// 10-30 ms of SQLite's CPU on the benchmark file, where the snapshot it replaces took 0.8-1 s to build (decision 076).
    /// </summary>
    private int OffsetsUpTo(FigureFilter filter, FigureSortColumn column, int total, bool capped)
    {
        if (!UseSnapshots) return int.MaxValue;
        if (!InSortIndexAlone(filter, column) && !DatesInFilterIndex(filter, column) && !WalksValueIndex(filter, column, total, capped)) return OffsetRows;
        return capped ? int.MaxValue : Math.Max(OffsetRows, total / 2);
    }

    /// <summary>From how many matching figures a filtered page by position in the value order walks the value index (<see cref="WalksValueIndex"/>).</summary>
    public const int ValueWalkFrom = 20_000;

    /// <summary>
    /// Whether a page by position in the value order is an OFFSET over the value index with the filter checked inside it
    /// (decision 081): a sort by value and a filter on the codes and dates that index holds, matching at least
    /// <see cref="ValueWalkFrom"/> figures. The walk then steps through at most half that index (from the nearer end)
    /// without reading a row, where the snapshot it replaces read every match's row (children by value: 165-340 ms
    /// cold on a quiet machine); fewer matches are read through the filter's own index and sorted (the snapshot).
    /// </summary>
    private bool WalksValueIndex(FigureFilter filter, FigureSortColumn column, int total, bool capped) =>
        column == FigureSortColumn.Value && filter != FigureFilter.None && (capped || total >= ValueWalkRows) && InValueIndex(filter);

    /// <summary>From how many matching figures a filtered page by position in the value order walks the value index here (<see cref="ValueWalkFrom"/>; tests lower it).</summary>
    public int ValueWalkRows { get; init; } = ValueWalkFrom;

    /// <summary>Whether the value index holds every column the filter constrains (codes and the date; not the outlet, review state or article).</summary>
    private static bool InValueIndex(FigureFilter filter) =>
        filter with { Category = null, Subgroup = null, Region = null, Authority = null, From = null, To = null } == FigureFilter.None;

    /// <summary>
    /// Whether the sort's index answers the filter without reading a row: no filter; a date range when that index holds
    /// the date; the sort's own column. A page by position is then a range of that covering index, stepped by OFFSET.
    /// </summary>
    public static bool InSortIndexAlone(FigureFilter filter, FigureSortColumn column)
    {
        var rest = DatesHeldBy(column) ? filter with { From = null, To = null } : filter;
        rest = column switch
        {
            FigureSortColumn.Category => rest with { Category = null },
            FigureSortColumn.Subgroup => rest with { Subgroup = null },
            FigureSortColumn.Region => rest with { Region = null },
            FigureSortColumn.Authority => rest with { Authority = null },
            _ => rest,
        };
        return rest == FigureFilter.None;
    }

    /// <summary>
    /// Whether a sort by date reads the filter's own index in order (decision 081): one code (category, subgroup, region,
    /// authority) or a category and a region, with or without a date range. Those indexes hold (code, date, id), so the
    /// matches of a code are a range already in the date order, and a page by position is an OFFSET over that covering
    /// range, with no snapshot.
    /// </summary>
    public static bool DatesInFilterIndex(FigureFilter filter, FigureSortColumn column)
    {
        if (column != FigureSortColumn.ReportedOn) return false;
        var codes = filter with { From = null, To = null };
        return codes == new FigureFilter { Category = codes.Category } && codes.Category is not null
               || codes == new FigureFilter { Subgroup = codes.Subgroup } && codes.Subgroup is not null
               || codes == new FigureFilter { Region = codes.Region } && !string.IsNullOrWhiteSpace(codes.Region)
               || codes == new FigureFilter { Authority = codes.Authority } && !string.IsNullOrWhiteSpace(codes.Authority)
               || codes == new FigureFilter { Category = codes.Category, Region = codes.Region } && codes.Category is not null && !string.IsNullOrWhiteSpace(codes.Region);
    }

    /// <summary>A page by OFFSET from either end, or from the cached ordered ids of the filter and sort (decision 017).</summary>
    private async Task<List<long>> ByPositionAsync(DashboardDbContext db, FigureFilter filter, FigureSort sort, FigurePaging plan, bool byValueIndex, CancellationToken ct)
    {
        var filtered = byValueIndex ? FigureFilters.Filtered(db, ProviderAdapters.For(db).FiguresInValueOrder(db), filter) : FigureFilters.Filtered(db, filter);
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
                var all = await SnapshotAsync(filter, sort, ct);
                ids = plan.Skip >= all.Length ? [] : [.. all.AsSpan(plan.Skip, Math.Min(plan.Take, all.Length - plan.Skip))];
                break;
        }
        return ids;
    }

    /// <summary>
    /// The filter and sort's ordered ids (decision 017): cached, or the build under way (the page's background build,
    /// <see cref="WarmAsync"/>, or another circuit's), or built here. Read through the provider's reader: EF's
    /// materialiser was half of a million-id build (decision 076).
    /// </summary>
    private async Task<long[]> SnapshotAsync(FigureFilter filter, FigureSort sort, CancellationToken ct)
    {
        while (true)
        {
            if (cache.Ids(filter, sort) is { } cached) return cached;
            var (running, owner, generation) = cache.StartBuild(filter, sort);
            if (owner is null)
            {
                try
                {
                    return await running.WaitAsync(ct);
                }
                catch (OperationCanceledException) when (!ct.IsCancellationRequested)
                {
                    continue; // whoever started it left (a page's background build); build it here
                }
            }
            try
            {
                var ids = await ReadIdsAsync(filter, sort, ct);
                cache.EndBuild(filter, sort, owner, generation, ids);
                return ids;
            }
            catch (Exception e)
            {
                cache.EndBuild(filter, sort, owner, generation, null, e);
                throw;
            }
        }
    }

    private async Task<long[]> ReadIdsAsync(FigureFilter filter, FigureSort sort, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        if (sort.Column is FigureSortColumn.Value or FigureSortColumn.Id) return await SortedHereAsync(db, filter, sort, ct);
        var ids = new List<long>(cache.TryCount(filter, out var total) ? total : 1024);
        await using var result = await EfReader.ExecuteAsync(db, FigureFilters.Sorted(FigureFilters.Filtered(db, filter), sort.Column, sort.Descending).Select(f => f.Id), ct);
        var reader = result.DbDataReader;
        while (await reader.ReadAsync(ct)) ids.Add(reader.GetInt64(0));
        return [.. ids];
    }

    /// <summary>
    /// A filtered sort by value or id: the matches read in no order (the database reads the filter's index) and sorted
    /// here by (value, id), which is the database's order on every provider (whole numbers and ids: no collation, no
    /// nulls). Asked for in the sort's order, SQLite read the whole value index and every row for the filter: 1.6-2.7 s
    /// for children by value on the benchmark file (decision 076).
    /// </summary>
    private static async Task<long[]> SortedHereAsync(DashboardDbContext db, FigureFilter filter, FigureSort sort, CancellationToken ct)
    {
        if (sort.Column == FigureSortColumn.Id)
        {
            // The ids alone: a filter's index holds them, so no row is read (decision 081).
            var matching = new List<long>();
            await using (var result = await EfReader.ExecuteAsync(db, FigureFilters.Filtered(db, filter).Select(f => f.Id), ct))
            {
                var reader = result.DbDataReader;
                while (await reader.ReadAsync(ct)) matching.Add(reader.GetInt64(0));
            }
            matching.Sort();
            if (sort.Descending) matching.Reverse();
            return [.. matching];
        }
        var pairs = new List<(long Key, long Id)>();
        await using (var result = await EfReader.ExecuteAsync(db, FigureFilters.Filtered(db, filter).Select(f => new { f.Id, f.Value }), ct))
        {
            var reader = result.DbDataReader;
            while (await reader.ReadAsync(ct))
            {
                var id = reader.GetInt64(0);
                pairs.Add((sort.Column == FigureSortColumn.Value ? reader.GetInt64(1) : id, id));
            }
        }
        pairs.Sort();
        if (sort.Descending) pairs.Reverse();
        var ids = new long[pairs.Count];
        for (var i = 0; i < ids.Length; i++) ids[i] = pairs[i].Id;
        return ids;
    }

    /// <summary>The smallest total for which some page is read from a snapshot (deeper than the offsets from both ends).</summary>
    private int SnapshotFrom => 2 * OffsetRows + 2;

    /// <summary>
    /// Builds the filter and sort's ordered ids off the page's path, when the exact total is known and large enough for a
    /// jump by position to read them (decision 076): the Figures page asks for it once a page shows, so a jump finds the
    /// snapshot warm (or waits for the build under way) instead of building it. One background build at a time for the
    /// app; bounded as every snapshot is (<see cref="FigureGridCache.Snapshots"/>, <see cref="FigureGridCache.Lifetime"/>).
    /// </summary>
    public async Task WarmAsync(FigureFilter filter, FigureSort sort, CancellationToken ct = default)
    {
        if (!UseSnapshots || InSortIndexAlone(filter, sort.Column) || DatesInFilterIndex(filter, sort.Column) || !cache.TryCount(filter, out var total) || total < SnapshotFrom
            || WalksValueIndex(filter, sort.Column, total, capped: false) || cache.Ids(filter, sort) is not null) return;
        await _warming.WaitAsync(ct);
        try
        {
            await SnapshotAsync(filter, sort, ct);
        }
        finally
        {
            _warming.Release();
        }
    }

    private readonly SemaphoreSlim _warming = new(1, 1);

    /// <summary>
    /// The ids of the <paramref name="take"/> rows after (before, from) the cursor; null when a page before the cursor
    /// comes out short (rows were added or removed since: the caller reads the page by position).
    /// </summary>
    private static async Task<List<long>?> SeekAsync(Keyset keyset, FigureSort sort, FigureSeek seek, int take, CancellationToken ct)
    {
        var before = seek.From == FigureSeekFrom.Before;
        var descending = sort.Descending != before;
        var segments = FigureSeekSegments.After(sort.Column, descending, seek.Cursor, NullsFirstAscending(keyset.Db), inclusive: seek.From == FigureSeekFrom.At);
        var ids = await keyset.ReadAsync(descending, segments, take, ct);
        if (!before) return ids;
        if (ids.Count < take) return null;
        ids.Reverse();
        return ids;
    }

    /// <summary>The first <paramref name="take"/> ids of the order, or the last when <paramref name="fromEnd"/>.</summary>
    private static async Task<List<long>> EndAsync(Keyset keyset, FigureSort sort, bool fromEnd, int take, CancellationToken ct)
    {
        var descending = sort.Descending != fromEnd;
        var ids = await keyset.ReadAsync(descending, FigureSeekSegments.All(sort.Column, descending, NullsFirstAscending(keyset.Db)), take, ct);
        if (fromEnd) ids.Reverse();
        return ids;
    }

    /// <summary>From how many matching figures a filtered keyset page walks the sort's index (<see cref="Keyset"/>).</summary>
    public const int SortedWalkFrom = 5_000;

    /// <summary>From how many matching figures a filtered keyset page walks the sort's index here (tests lower it).</summary>
    public int WalkFrom { get; init; } = SortedWalkFrom;

    /// <summary>How many ids of the sort's index a walk reads at a time (tests lower it).</summary>
    public int WalkChunk { get; init; } = 2_000;

    /// <summary>
    /// Whether a keyset page walks the sort's index (<see cref="Keyset"/>): not without a filter, nor when the filter
    /// constrains the sort's own column (the database then reads that index range with the filter in it, and a walk would
    /// step through rows the filter excludes), nor when the filter is only a date range on a sort whose index holds the
    /// date (the database reads that range in order). A date range with other filters no longer stops a walk on the
    /// category, subgroup, region or authority index: the walk checks the dates inside that index
    /// (<see cref="InSortIndex"/>), where the database would read the other filter's index and sort every match
    /// (decision 051). A sort by date with a date range is still read by the database (its index range is the walk).
    /// </summary>
    public static bool Walks(FigureFilter filter, FigureSortColumn column)
    {
        if (filter == FigureFilter.None) return false;
        var dated = filter.From is not null || filter.To is not null;
        if (DatesHeldBy(column) && filter with { From = null, To = null } == FigureFilter.None) return false;
        return column switch
        {
            FigureSortColumn.ReportedOn => !dated,
            FigureSortColumn.Category => filter.Category is null,
            FigureSortColumn.Subgroup => filter.Subgroup is null,
            FigureSortColumn.Region => string.IsNullOrWhiteSpace(filter.Region),
            FigureSortColumn.Authority => string.IsNullOrWhiteSpace(filter.Authority),
            _ => true,
        };
    }

    /// <summary>Whether the sort's index holds the reporting date after its column (the date and per-column indexes).</summary>
    private static bool DatesHeldBy(FigureSortColumn column) =>
        column is FigureSortColumn.ReportedOn or FigureSortColumn.Category or FigureSortColumn.Subgroup or FigureSortColumn.Region or FigureSortColumn.Authority;

    /// <summary>
    /// The part of the filter a walk checks inside the sort's index, without reading a row: the date range, when that
    /// index holds the date. The rest of the filter is checked by primary key.
    /// </summary>
    private static IQueryable<Figure> InSortIndex(IQueryable<Figure> figures, FigureFilter filter, FigureSortColumn column)
    {
        if (!DatesHeldBy(column)) return figures;
        if (filter.From is { } from) figures = figures.Where(f => f.ReportedOn >= from);
        if (filter.To is { } to) figures = figures.Where(f => f.ReportedOn <= to);
        return figures;
    }

    /// <summary>
    /// Reads keyset segments in turn, each in the sort's order and limited to what the page still lacks. A filter that
    /// matches many figures is not given to the database with the segment: SQLite would read the filter's index and sort
    /// every match (40,000 figures killed in Gaza sorted by value: 0.9 s a page), or step through the filter's index to
    /// find none of an absent code. The segment's ids are read instead from the sort column's index alone (covering: a
    /// few ms), <see cref="Chunk"/> at a time (0: no walk, see <see cref="Walks"/>), and the filter keeps those it matches by
    /// primary key; at 5,000 of a million matching, a page needs about three chunks. Past <see cref="MaxChunks"/> (a filter rare in this part of the order)
    /// the rest of the segment is read with the filter. A filter matching fewer figures is given to the database, which
    /// then reads its index and sorts the few.
    /// </summary>
    private sealed record Keyset(DashboardDbContext Db, FigureFilter Filter, FigureSortColumn Column, int Chunk, bool ByValueIndex = false)
    {
        public const int MaxChunks = 20;

        public async Task<List<long>> ReadAsync(bool descending, IEnumerable<Expression<Func<Figure, bool>>> segments, int take, CancellationToken ct)
        {
            var ids = new List<long>(take);
            foreach (var segment in segments)
            {
                var (matched, done) = Chunk > 0 ? await WalkAsync(descending, segment, ids, take, ct) : (0, false);
                if (!done && ids.Count < take)
                {
                    var rows = FigureFilters.Filtered(Db, ByValueIndex ? ProviderAdapters.For(Db).FiguresInValueOrder(Db) : Db.Figures, Filter).Where(segment);
                    ids.AddRange(await FigureFilters.Sorted(rows, Column, descending).Skip(matched).Take(take - ids.Count).Select(f => f.Id).ToListAsync(ct));
                }
                if (ids.Count >= take) break;
            }
            return ids;
        }

        /// <summary>
        /// Adds the matching ids of the segment's first chunks to <paramref name="ids"/>: how many it added, and whether
        /// the segment needs no further read (the page is full, or the segment ended within the chunks).
        /// </summary>
        private async Task<(int Matched, bool Done)> WalkAsync(bool descending, Expression<Func<Figure, bool>> segment, List<long> ids, int take, CancellationToken ct)
        {
            var matched = 0;
            for (var chunk = 0; chunk < MaxChunks; chunk++)
            {
                var candidates = await FigureFilters.Sorted(InSortIndex(Db.Figures.AsNoTracking(), Filter, Column).Where(segment), Column, descending)
                    .Skip(chunk * Chunk).Take(Chunk).Select(f => f.Id).ToListAsync(ct);
                if (candidates.Count == 0) return (matched, true);
                var matching = (await FigureFilters.Filtered(Db, Filter).Where(f => candidates.Contains(f.Id)).Select(f => f.Id).ToListAsync(ct)).ToHashSet();
                foreach (var id in candidates.Where(matching.Contains))
                {
                    ids.Add(id);
                    matched++;
                    if (ids.Count >= take) return (matched, true);
                }
                if (candidates.Count < Chunk) return (matched, true);
            }
            return (matched, false);
        }
    }

    /// <summary>SQLite and SQL Server put nulls first in an ascending order, PostgreSQL last.</summary>
    private static bool NullsFirstAscending(DashboardDbContext db) => !db.Database.ProviderName!.Contains("Npgsql", StringComparison.Ordinal);

    /// <summary>
    /// How many figures match, exactly, from the cache when counted in the last <see cref="FigureGridCache.Lifetime"/>:
    /// the Figures page asks for it in the background after a page with a capped count, and the next page then has it.
    /// </summary>
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

    /// <summary>
    /// The regions, authorities and outlets the filters offer, alphabetically. Kept until a figure or an outlet is added
    /// (<see cref="FacetsVersion"/>: two primary-key ends, where the lists read every figure's region and authority, two
    /// index scans of the whole table), a review clears the cache or <see cref="FigureGridCache.Lifetime"/> has passed
    /// (decision 086). A figure removed or changed in place leaves the old options offered for at most that long.
    /// </summary>
    public async Task<FigureFacets> FacetsAsync(CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var version = new FacetsVersion(await db.Figures.MaxAsync(f => (long?)f.Id, ct) ?? 0, await db.Outlets.MaxAsync(o => (long?)o.Id, ct) ?? 0);
        if (cache.Facets(version) is { } kept) return kept;
        var regions = await db.Figures.AsNoTracking().Where(f => f.Region != null).Select(f => f.Region!).Distinct().OrderBy(r => r).ToListAsync(ct);
        var authorities = await db.Figures.AsNoTracking().Select(f => f.Authority).Distinct().OrderBy(a => a).ToListAsync(ct);
        var outlets = await db.Outlets.AsNoTracking().Select(o => o.Name).OrderBy(n => n).ToListAsync(ct);
        var facets = new FigureFacets(regions, authorities, outlets);
        cache.SetFacets(version, facets);
        return facets;
    }
}
