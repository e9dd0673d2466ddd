using CasualtyDashboard.Data.Queries;
using CasualtyDashboard.Extraction.Model;
using Microsoft.EntityFrameworkCore;

namespace CasualtyDashboard.Data.Tests;

/// <summary>Keyset paging (decision 041) on SQLite; <see cref="Providers.PostgreSqlTests"/> walks the same on PostgreSQL.</summary>
/// <remarks>The walks only read: each mix of figures is seeded once for the class (<see cref="SeededReviewData"/>).</remarks>
public sealed class FigureKeysetPagingTests(SeededReviewData seeded) : IClassFixture<SeededReviewData>
{
    [Theory]
    [MemberData(nameof(FigureGridQueryTests.Sorts), MemberType = typeof(FigureGridQueryTests))]
    public async Task Seek_EverySort_NextAndPreviousPagesCoverTheOrderExactly(FigureSortColumn column, bool descending)
    {
        // Forty distinct values over 230 figures: ties on every sort key, broken by id; some dates and regions are null.
        var (factory, figures) = await seeded.SeedAsync(230, values: 40);

        await Walk.AssertAsync(factory, FigureFilter.None, new FigureSort(column, descending), figures.Count);
        var inMemory = FigureGridQueryTests.Expected(figures, column, descending).Select(f => f.Id);
        Assert.Equal(inMemory, await Walk.ForwardAsync(new FigureGridQuery(factory), FigureFilter.None, new FigureSort(column, descending), 25));
    }

    [Theory]
    [InlineData(FigureSortColumn.Value, false)]
    [InlineData(FigureSortColumn.Value, true)]
    [InlineData(FigureSortColumn.Region, true)]
    [InlineData(FigureSortColumn.Authority, false)]
    public async Task Seek_Filtered_PagesOnlyTheMatchingFiguresInOrder(FigureSortColumn column, bool descending)
    {
        var (factory, figures) = await seeded.SeedAsync(300, values: 30);
        var filter = new FigureFilter { Subgroup = FigureSubgroup.Children, Outlet = "BBC Arabic" };

        var matching = await Walk.AssertAsync(factory, filter, new FigureSort(column, descending), null);

        var outlet = figures.ToDictionary(f => f.Id, f => f.Article!.Outlet!.Name);
        var expected = FigureGridQueryTests.Expected(figures.Where(f => f.Subgroup == FigureSubgroup.Children && outlet[f.Id] == "BBC Arabic"), column, descending);
        Assert.Equal(expected.Select(f => f.Id), matching);
    }

    [Theory]
    [InlineData(FigureSortColumn.Category, false)]
    [InlineData(FigureSortColumn.Subgroup, true)]
    [InlineData(FigureSortColumn.Region, false)]
    [InlineData(FigureSortColumn.Authority, true)]
    public async Task Seek_DatedFilter_WalksTheSortIndexWithTheDatesInIt(FigureSortColumn column, bool descending)
    {
        // Decision 051: a date range beside another filter is checked inside the sort's index during a walk.
        var (factory, figures) = await seeded.SeedAsync(300, values: 30);
        var (from, to) = (new DateOnly(2024, 1, 20), new DateOnly(2024, 2, 25));
        var filter = new FigureFilter { Outlet = "BBC Arabic", From = from, To = to };
        Assert.True(FigureGridQuery.Walks(filter, column));
        Assert.False(FigureGridQuery.Walks(new FigureFilter { From = from, To = to }, column));

        var matching = await Walk.AssertAsync(factory, filter, new FigureSort(column, descending), null);

        var outlet = figures.ToDictionary(f => f.Id, f => f.Article!.Outlet!.Name);
        var expected = FigureGridQueryTests.Expected(
            figures.Where(f => outlet[f.Id] == "BBC Arabic" && f.ReportedOn >= from && f.ReportedOn <= to), column, descending);
        Assert.Equal(expected.Select(f => f.Id), matching);
    }

    [Fact]
    public async Task Seek_AtTheFirstRow_ReadsTheSamePageAgain()
    {
        var (factory, _) = await seeded.SeedAsync(120, values: 10);
        var query = new FigureGridQuery(factory);
        var sort = new FigureSort(FigureSortColumn.Value, true);
        var page = await query.PageAsync(FigureFilter.None, sort, 50, 25);

        var again = await query.PageAsync(FigureFilter.None, sort, 50, 25, new FigureSeek(FigureCursor.Of(page.Rows[0]), FigureSeekFrom.At));

        Assert.Equal(page.Rows.Select(r => r.Id), again.Rows.Select(r => r.Id));
    }

    [Fact]
    public async Task Seek_BeforeTheSecondRow_FallsBackToThePositionWhenTooFewRowsPrecede()
    {
        var (factory, _) = await seeded.SeedAsync(60);
        var query = new FigureGridQuery(factory);
        var first = await query.PageAsync(FigureFilter.None, FigureSort.Default, 0, 25);

        // The "previous page" of a page starting at row 1 has one row: the page is read by position instead (rows 0-24).
        var previous = await query.PageAsync(FigureFilter.None, FigureSort.Default, 0, 25, new FigureSeek(FigureCursor.Of(first.Rows[1]), FigureSeekFrom.Before));

        Assert.Equal(first.Rows.Select(r => r.Id), previous.Rows.Select(r => r.Id));
    }
}

/// <summary>Walks a sort page by page with keyset seeks, both ways, against one plain ordered read of the same rows.</summary>
internal static class Walk
{
    /// <summary>
    /// Asserts the forward and backward walks (pages of 7 and of 25) equal the plain order, with the filter given to the
    /// database and with the sort's index walked in chunks (of 7, past the chunk limit, and of 64); returns the order.
    /// </summary>
    public static async Task<List<long>> AssertAsync(IDbContextFactory<DashboardDbContext> factory, FigureFilter filter, FigureSort sort, int? total)
    {
        var plain = new FigureGridQuery(factory) { UseSnapshots = false };
        var all = (await plain.PageAsync(filter, sort, 0, FigureGridQuery.MaxPageSize)).Rows.Select(r => r.Id).ToList();
        if (total is { } count) Assert.Equal(count, all.Count);
        Assert.NotEmpty(all);
        FigureGridQuery[] queries =
        [
            new(factory) { OffsetRows = 0 },
            new(factory) { OffsetRows = 0, WalkFrom = 0, WalkChunk = 7 },
            new(factory) { OffsetRows = 0, WalkFrom = 0, WalkChunk = 64 },
        ];
        foreach (var query in queries)
        {
            foreach (var size in new[] { 7, 25 })
            {
                Assert.Equal(all, await ForwardAsync(query, filter, sort, size));
                Assert.Equal(all, await BackwardAsync(query, filter, sort, size, all.Count));
            }
        }
        return all;
    }

    /// <summary>The first page by position, then each next page after the last row of the one before.</summary>
    public static async Task<List<long>> ForwardAsync(FigureGridQuery query, FigureFilter filter, FigureSort sort, int size)
    {
        var page = await query.PageAsync(filter, sort, 0, size);
        var ids = page.Rows.Select(r => r.Id).ToList();
        for (var skip = size; skip < page.Total; skip += size)
        {
            page = await query.PageAsync(filter, sort, skip, size, new FigureSeek(FigureCursor.Of(page.Rows[^1]), FigureSeekFrom.After));
            Assert.Equal(Math.Min(size, page.Total - skip), page.Rows.Count);
            ids.AddRange(page.Rows.Select(r => r.Id));
        }
        return ids;
    }

    /// <summary>The last page by position, then each previous page before the first row of the one after.</summary>
    private static async Task<List<long>> BackwardAsync(FigureGridQuery query, FigureFilter filter, FigureSort sort, int size, int total)
    {
        var skip = (total - 1) / size * size;
        var page = await query.PageAsync(filter, sort, skip, size);
        var pages = new List<IEnumerable<long>> { page.Rows.Select(r => r.Id).ToList() };
        for (skip -= size; skip >= 0; skip -= size)
        {
            page = await query.PageAsync(filter, sort, skip, size, new FigureSeek(FigureCursor.Of(page.Rows[0]), FigureSeekFrom.Before));
            Assert.Equal(size, page.Rows.Count);
            pages.Insert(0, page.Rows.Select(r => r.Id).ToList());
        }
        return [.. pages.SelectMany(p => p)];
    }
}
