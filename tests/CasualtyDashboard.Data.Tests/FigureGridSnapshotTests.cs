using CasualtyDashboard.Data.Entities;
using CasualtyDashboard.Data.Providers;
using CasualtyDashboard.Data.Queries;
using CasualtyDashboard.Data.Review;
using CasualtyDashboard.Extraction.Model;
using Microsoft.EntityFrameworkCore;

namespace CasualtyDashboard.Data.Tests;

/// <summary>
/// Pages read from the cached id snapshot (deep pages) agree with OFFSET paging, for every sort and a filter; the page's
/// background build (<see cref="FigureGridQuery.WarmAsync"/>, decision 076) is what a later jump reads.
/// </summary>
public sealed class FigureGridSnapshotTests(SeededReviewData seeded) : IDisposable, IClassFixture<SeededReviewData>
{
    private readonly ReviewTestData _data = new();

    public void Dispose() => _data.Dispose();

    public static TheoryData<FigureSortColumn, bool> Sorts() => FigureGridQueryTests.Sorts();

    [Theory]
    [MemberData(nameof(Sorts))]
    public async Task Page_DeepPagesFromTheSnapshot_EqualOffsetPages(FigureSortColumn column, bool descending)
    {
        var (factory, _) = await seeded.SeedAsync(230); // read only: seeded once for the class
        var offset = new FigureGridQuery(factory) { UseSnapshots = false };
        var snapshot = new FigureGridQuery(factory) { OffsetRows = 20 };
        var filter = new FigureFilter { Category = FigureCategory.Killed };
        var sort = new FigureSort(column, descending);

        var expected = (await offset.PageAsync(filter, sort, 0, 500)).Rows.Select(r => r.Id).ToList();
        var pages = new List<long>();
        for (var skip = 0; skip < expected.Count; skip += 17)
            pages.AddRange((await snapshot.PageAsync(filter, sort, skip, 17)).Rows.Select(r => r.Id));

        Assert.True(expected.Count > 60, "the filter leaves pages in the middle, read from the snapshot");
        Assert.Equal(expected, pages);
    }

    [Fact]
    public async Task Count_CachedUntilInvalidated_ThenCountsTheReviewAgain()
    {
        await _data.SeedAsync(120);
        var query = new FigureGridQuery(_data.Factory) { OffsetRows = 10 };
        var accepted = new FigureFilter { Review = ReviewState.Accepted };
        var before = (await query.PageAsync(accepted, FigureSort.Default, 0, 25)).Total;

        var unreviewed = (await query.PageAsync(new FigureFilter { Review = ReviewState.Unreviewed }, FigureSort.Default, 0, 1)).Rows[0].Id;
        await new FigureReviewService(_data.Factory, _data.Analyst, TimeProvider.System).AcceptAsync(unreviewed);
        var cached = (await query.PageAsync(accepted, FigureSort.Default, 0, 25)).Total;
        query.Invalidate();
        var after = (await query.PageAsync(accepted, FigureSort.Default, 0, 25)).Total;

        Assert.Equal(before, cached);
        Assert.Equal(before + 1, after);
    }

    [Theory]
    [MemberData(nameof(Sorts))]
    public async Task Page_NoFilterOrOnlyTheSortsIndex_JumpsByOffsetFromTheNearerEnd_WithNoSnapshot(FigureSortColumn column, bool descending)
    {
        await _data.SeedAsync(230);
        var sort = new FigureSort(column, descending);
        var dated = new FigureFilter { From = new DateOnly(2024, 1, 20), To = new DateOnly(2024, 3, 10) };
        foreach (var filter in new[] { FigureFilter.None, dated })
        {
            if (FigureGridQuery.InSortIndexAlone(filter, column)) await AssertWarmedPagesEqualOffsetAsync(_data.Factory, filter, sort);
        }

        // Nothing was kept: figures added since the warm-up are in the next jump (a snapshot would still read the order as
        // it was, see below).
        var total = await new FigureGridQuery(_data.Factory).CountAsync(FigureFilter.None);
        var warmed = new FigureGridQuery(_data.Factory) { OffsetRows = 10 };
        await warmed.CountAsync(FigureFilter.None);
        await warmed.WarmAsync(FigureFilter.None, sort);
        await AddSmallestAsync(3);
        Assert.Equal(await JumpAsync(new FigureGridQuery(_data.Factory) { UseSnapshots = false }, FigureFilter.None, sort, total), await JumpAsync(warmed, FigureFilter.None, sort, total));
    }

    [Fact]
    public async Task Warm_ThenAJump_ReadsTheSnapshotTakenInTheBackground()
    {
        await _data.SeedAsync(230);
        var before = await JumpAsync(new FigureGridQuery(_data.Factory) { OffsetRows = 10 }, Killed, ByValue, await new FigureGridQuery(_data.Factory).CountAsync(Killed));
        var (warmed, total) = await WarmedThenThreeAddedAsync();
        var (filter, sort) = (Killed, ByValue);

        // Three new figures now sort first: a fresh query's middle page moves by three; the warmed one still reads the
        // order as it was when its snapshot was built (until it expires or a review clears it).
        Assert.Equal(before, await JumpAsync(warmed, filter, sort, total));
        Assert.NotEqual(before, await JumpAsync(new FigureGridQuery(_data.Factory) { OffsetRows = 10 }, filter, sort, total));
    }

    [Fact]
    public async Task Warm_ClearedByAReview_ThenAJumpReadsTheOrderAgain()
    {
        await _data.SeedAsync(230);
        var (query, total) = await WarmedThenThreeAddedAsync();
        var (filter, sort) = (Killed, ByValue);

        query.Invalidate();
        await query.CountAsync(filter);

        Assert.Equal(await JumpAsync(new FigureGridQuery(_data.Factory) { OffsetRows = 10 }, filter, sort, total), await JumpAsync(query, filter, sort, total));
    }

    [Fact]
    public async Task Warm_CancelledOrWithoutAnExactCount_LeavesTheJumpToBuildItsOwn()
    {
        await _data.SeedAsync(230);
        var filter = new FigureFilter { Category = FigureCategory.Killed };
        var sort = new FigureSort(FigureSortColumn.Value, false);
        var query = new FigureGridQuery(_data.Factory) { OffsetRows = 10 };
        await query.WarmAsync(filter, sort); // no count known yet: nothing built
        using var left = new CancellationTokenSource();
        await left.CancelAsync();
        var total = await query.CountAsync(filter);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => query.WarmAsync(filter, sort, left.Token));
        await AddSmallestAsync(3);

        Assert.Equal(await JumpAsync(new FigureGridQuery(_data.Factory) { OffsetRows = 10 }, filter, sort, total), await JumpAsync(query, filter, sort, total));
    }

    private static readonly FigureFilter Killed = new() { Category = FigureCategory.Killed };
    private static readonly FigureSort ByValue = new(FigureSortColumn.Value, false);

    /// <summary>A query whose background build of killed-by-value ran; then three killed figures added that sort first.</summary>
    private async Task<(FigureGridQuery Query, int Total)> WarmedThenThreeAddedAsync()
    {
        var query = new FigureGridQuery(_data.Factory) { OffsetRows = 10 };
        var total = await query.CountAsync(Killed);
        await query.WarmAsync(Killed, ByValue);
        await AddSmallestAsync(3);
        return (query, total);
    }

    /// <summary>
    /// Every page of the filter and sort, 17 rows at a time, read as a shown page's query would (exact count in, the
    /// background build run), equals the OFFSET order: on SQLite here and on PostgreSQL (<c>PostgreSqlTests</c>).
    /// </summary>
    internal static async Task AssertWarmedPagesEqualOffsetAsync(IDbContextFactory<DashboardDbContext> factory, FigureFilter filter, FigureSort sort) =>
        await AssertWarmedPagesEqualOffsetAsync(factory, filter, sort, new FigureGridCache(TimeProvider.System), FigureGridQuery.ValueWalkFrom);

    /// <summary>As above, on <paramref name="cache"/>, walking the value index from <paramref name="valueWalkRows"/> matches.</summary>
    internal static async Task AssertWarmedPagesEqualOffsetAsync(
        IDbContextFactory<DashboardDbContext> factory, FigureFilter filter, FigureSort sort, FigureGridCache cache, int valueWalkRows)
    {
        var expected = (await new FigureGridQuery(factory) { UseSnapshots = false }.PageAsync(filter, sort, 0, 500)).Rows.Select(r => r.Id).ToList();
        var query = new FigureGridQuery(factory, cache) { OffsetRows = 10, ValueWalkRows = valueWalkRows };
        await query.CountAsync(filter);
        await query.WarmAsync(filter, sort);
        var pages = new List<long>();
        for (var skip = 0; skip < expected.Count; skip += 17)
            pages.AddRange((await query.PageAsync(filter, sort, skip, 17)).Rows.Select(r => r.Id));
        Assert.Equal(expected, pages);
    }

    /// <summary>Filters the value index holds (codes, dates, both), each matching enough figures here for pages in the middle.</summary>
    internal static readonly FigureFilter[] ValueIndexFilters =
    [
        new() { Category = FigureCategory.Killed },
        new() { Category = FigureCategory.Killed, Region = "gaza" },
        new() { Authority = "gaza_moh", From = new DateOnly(2024, 1, 10) },
    ];

    /// <summary>
    /// A filtered sort by value read by position walks the value index from the nearer end, and a sort by date reads the
    /// filter's own index (decision 081): every page equals the OFFSET order, and no snapshot of the order is built or
    /// kept, by the background build or by a jump.
    /// </summary>
    internal static async Task AssertIndexWalkPagesEqualOffsetAsync(IDbContextFactory<DashboardDbContext> factory)
    {
        foreach (var filter in ValueIndexFilters)
        {
            foreach (var column in new[] { FigureSortColumn.Value, FigureSortColumn.ReportedOn })
            {
                foreach (var sort in new FigureSort[] { new(column, false), new(column, true) })
                {
                    var cache = new FigureGridCache(TimeProvider.System);
                    await AssertWarmedPagesEqualOffsetAsync(factory, filter, sort, cache, valueWalkRows: 30);
                    Assert.True(cache.TryCount(filter, out var total) && total > 3 * 17, $"{filter} leaves pages in the middle");
                    Assert.Null(cache.Ids(filter, sort));
                }
            }
        }
    }

    [Fact]
    public async Task Page_FilteredByValueOrDate_WalksAnIndex_EqualsOffsetPagesWithNoSnapshot()
    {
        await _data.SeedAsync(600);
        await AssertIndexWalkPagesEqualOffsetAsync(_data.Factory);
    }

    [Fact]
    public async Task FiguresInValueOrder_FilteredPageByPosition_IsACoveringReadOfTheValueIndex()
    {
        await _data.SeedAsync(50);
        await using var db = _data.Database.CreateContext();
        var page = ProviderAdapters.For(db).FiguresInValueOrder(db).AsNoTracking()
            .Where(f => f.Subgroup == FigureSubgroup.Children && f.Region == "gaza" && f.ReportedOn >= new DateOnly(2024, 1, 1))
            .OrderByDescending(f => f.Value).ThenByDescending(f => f.Id).Skip(20).Take(10).Select(f => f.Id);

        // One pass over the index in its order, the filter checked in its entries: no row read, no sort.
        Assert.Equal(["SCAN Figures USING COVERING INDEX IX_Figures_Value_Filters"], await PlanAsync(db, page));
    }

    [Fact]
    public async Task FilteredByOneCode_PageByPositionNewestFirst_IsACoveringReadOfTheCodesIndex()
    {
        await _data.SeedAsync(50);
        await using var db = _data.Database.CreateContext();
        var page = db.Figures.AsNoTracking().Where(f => f.Subgroup == FigureSubgroup.Children)
            .OrderByDescending(f => f.ReportedOn).ThenByDescending(f => f.Id).Skip(20).Take(10).Select(f => f.Id);

        Assert.Equal(["SEARCH f USING COVERING INDEX IX_Figures_Subgroup_ReportedOn (Subgroup=?)"], await PlanAsync(db, page));
    }

    /// <summary>SQLite's plan of the query, one line per step.</summary>
    private static async Task<List<string>> PlanAsync(DashboardDbContext db, IQueryable<long> query)
    {
        await using var command = query.CreateDbCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + command.CommandText;
        await db.Database.OpenConnectionAsync();
        var plan = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) plan.Add(reader.GetString(3));
        return plan;
    }

    /// <summary>The ids of the page by position in the middle of the order (read from the snapshot).</summary>
    private static async Task<List<long>> JumpAsync(FigureGridQuery query, FigureFilter filter, FigureSort sort, int total) =>
        (await query.PageAsync(filter, sort, total / 2, 10)).Rows.Select(r => r.Id).ToList();

    /// <summary>Adds killed figures valued below every seeded one, so they sort first by value.</summary>
    private async Task AddSmallestAsync(int count)
    {
        await using var db = _data.Database.CreateContext();
        var article = await db.Articles.Select(a => a.Id).FirstAsync();
        db.Figures.AddRange(Enumerable.Range(0, count).Select(i => new Figure
        {
            ArticleId = article, Value = -1 - i, Qualifier = FigureQualifier.Exact, Category = FigureCategory.Killed, Subgroup = FigureSubgroup.All,
            Authority = "afp", Basis = FigureBasis.Cumulative, Evidence = "ن", EvidenceStart = 0, EvidenceLength = 1, Rule = "test",
            ExtractorVersion = "t", CreatedAt = DateTime.UtcNow,
        }));
        await db.SaveChangesAsync();
    }
}
