using CasualtyDashboard.Data.Entities;
using CasualtyDashboard.Data.Queries;
using CasualtyDashboard.Data.Review;
using CasualtyDashboard.Extraction.Model;

namespace CasualtyDashboard.Data.Tests;

public sealed class FigureGridQueryTests(SeededReviewData seeded) : IDisposable, IClassFixture<SeededReviewData>
{
    private readonly ReviewTestData _data = new();

    public void Dispose() => _data.Dispose();

    public static TheoryData<FigureSortColumn, bool> Sorts()
    {
        var data = new TheoryData<FigureSortColumn, bool>();
        foreach (var column in Enum.GetValues<FigureSortColumn>())
        {
            data.Add(column, false);
            data.Add(column, true);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Sorts))]
    public async Task Page_EveryPageOfEverySort_MatchesTheSortedListExactly(FigureSortColumn column, bool descending)
    {
        var (factory, figures) = await seeded.SeedAsync(230); // read only: seeded once for the class
        var query = new FigureGridQuery(factory);
        var expected = Expected(figures, column, descending).Select(f => f.Id).ToList();

        var pages = new List<long>();
        for (var skip = 0; skip < 230; skip += 25)
        {
            var page = await query.PageAsync(FigureFilter.None, new FigureSort(column, descending), skip, 25);
            Assert.Equal(230, page.Total);
            pages.AddRange(page.Rows.Select(r => r.Id));
        }

        Assert.Equal(expected, pages);
    }

    [Fact]
    public async Task Page_Filters_ReturnExactlyTheMatchingFiguresWithTheirCount()
    {
        var figures = await _data.SeedAsync(300);
        var query = new FigureGridQuery(_data.Factory);
        var filter = new FigureFilter
        {
            Category = FigureCategory.Killed, Region = "gaza", Outlet = "BBC Arabic",
            From = new DateOnly(2024, 1, 10), To = new DateOnly(2024, 3, 1),
        };

        var page = await query.PageAsync(filter, new FigureSort(FigureSortColumn.Id, false), 0, 500);

        var articleOutlet = figures.ToDictionary(f => f.Id, f => f.Article!.Outlet!.Name);
        var expected = figures.Where(f => f.Category == FigureCategory.Killed && f.Region == "gaza" && articleOutlet[f.Id] == "BBC Arabic"
                                          && f.ReportedOn >= filter.From && f.ReportedOn <= filter.To).Select(f => f.Id).Order().ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Count, page.Total);
        Assert.Equal(expected, page.Rows.Select(r => r.Id));
        Assert.All(page.Rows, r => Assert.Equal("BBC Arabic", r.Outlet));
    }

    [Fact]
    public async Task Page_ByAuthorityAndSubgroup_CountsAndPagesOnlyThose()
    {
        var figures = await _data.SeedAsync(200);
        var query = new FigureGridQuery(_data.Factory);
        var filter = new FigureFilter { Authority = "un_ocha", Subgroup = FigureSubgroup.Children };

        var page = await query.PageAsync(filter, FigureSort.Default, 0, 500);

        var expected = Expected(figures.Where(f => f.Authority == "un_ocha" && f.Subgroup == FigureSubgroup.Children), FigureSortColumn.ReportedOn, true)
            .Select(f => f.Id).ToList();
        Assert.Equal(expected, page.Rows.Select(r => r.Id));
    }

    [Fact]
    public async Task Page_ByReviewState_FollowsTheLatestActionOfEachFigure()
    {
        var figures = await _data.SeedAsync(40);
        var reviews = new FigureReviewService(_data.Factory, _data.Analyst, TimeProvider.System);
        var query = new FigureGridQuery(_data.Factory);
        var ids = figures.Select(f => f.Id).Order().ToList();
        await reviews.AcceptAsync(ids[0]);
        await reviews.RejectAsync(ids[1], "not a casualty count");
        await reviews.RejectAsync(ids[2], "wrong");
        await reviews.AcceptAsync(ids[2]);                      // accepted after all
        await reviews.CorrectAsync(ids[3], Fields(figures.Single(f => f.Id == ids[3])) with { Value = 7 }, "typo");
        await reviews.AcceptAsync(ids[4]);
        await reviews.CorrectAsync(ids[4], Fields(figures.Single(f => f.Id == ids[4])) with { Value = 8 }, null);
        await reviews.RejectAsync(ids[4], "duplicate");         // rejected after the correction

        async Task<IReadOnlyList<long>> Of(ReviewState state) =>
            (await query.PageAsync(new FigureFilter { Review = state }, new FigureSort(FigureSortColumn.Id, false), 0, 500)).Rows.Select(r => r.Id).ToList();

        Assert.Equal([ids[0], ids[2]], await Of(ReviewState.Accepted));
        Assert.Equal([ids[1], ids[4]], await Of(ReviewState.Rejected));
        Assert.Equal([ids[3]], await Of(ReviewState.Corrected));
        Assert.Equal(ids.Skip(5), await Of(ReviewState.Unreviewed));
        var row = await query.GetAsync(ids[1]);
        Assert.Equal(ReviewState.Rejected, row!.State);
        Assert.Equal("not a casualty count", row.Review!.Reason);
        Assert.Equal("test-analyst", row.Review.By);
    }

    [Fact]
    public async Task Page_PastTheEnd_IsEmptyButKeepsTheCount()
    {
        await _data.SeedAsync(30);
        var page = await new FigureGridQuery(_data.Factory).PageAsync(FigureFilter.None, FigureSort.Default, 60, 25);

        Assert.Empty(page.Rows);
        Assert.Equal(30, page.Total);
    }

    [Fact]
    public async Task Facets_ListTheStoredRegionsAuthoritiesAndOutlets()
    {
        await _data.SeedAsync(100);
        var facets = await new FigureGridQuery(_data.Factory).FacetsAsync();

        Assert.Equal(ReviewTestData.Regions.Order(StringComparer.Ordinal), facets.Regions);
        Assert.Equal(ReviewTestData.Authorities.Order(StringComparer.Ordinal), facets.Authorities);
        Assert.Equal(ReviewTestData.Outlets.Order(StringComparer.Ordinal), facets.Outlets);
    }

    internal static FigureFields Fields(Figure f) =>
        new(f.Value, f.Qualifier, f.Category, f.Subgroup, f.Region, f.Area, f.Authority, f.ReportedOn, f.Basis, f.Since);

    // The grid's order, in memory: the column (enum columns by their stored code), then reporting date, then id.
    internal static IEnumerable<Figure> Expected(IEnumerable<Figure> figures, FigureSortColumn column, bool descending)
    {
        Func<Figure, string> key = column switch
        {
            FigureSortColumn.Id => _ => "",
            FigureSortColumn.ReportedOn => f => f.ReportedOn?.ToString("yyyy-MM-dd") ?? "",
            FigureSortColumn.Value => f => f.Value.ToString("D12"),
            FigureSortColumn.Category => f => Extraction.Schema.SchemaCodes.Code(f.Category),
            FigureSortColumn.Subgroup => f => Extraction.Schema.SchemaCodes.Code(f.Subgroup),
            FigureSortColumn.Region => f => f.Region ?? "",
            _ => f => f.Authority,
        };
        var thenDate = column is not (FigureSortColumn.Id or FigureSortColumn.ReportedOn or FigureSortColumn.Value);
        var keyed = figures.Select(f => (f, Key: (key(f), thenDate ? f.ReportedOn?.ToString("yyyy-MM-dd") ?? "" : "", f.Id)));
        // Null sorts before any text in SQLite, as "" does here (no stored code or region is empty).
        var comparer = Comparer<(string, string, long)>.Create((a, b) =>
        {
            var c = string.CompareOrdinal(a.Item1, b.Item1);
            if (c == 0) c = string.CompareOrdinal(a.Item2, b.Item2);
            return c != 0 ? c : a.Item3.CompareTo(b.Item3);
        });
        return (descending ? keyed.OrderByDescending(x => x.Key, comparer) : keyed.OrderBy(x => x.Key, comparer)).Select(x => x.f);
    }
}
