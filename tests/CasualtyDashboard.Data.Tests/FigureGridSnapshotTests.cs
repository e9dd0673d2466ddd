using CasualtyDashboard.Data.Queries;
using CasualtyDashboard.Data.Review;
using CasualtyDashboard.Extraction.Model;

namespace CasualtyDashboard.Data.Tests;

/// <summary>Pages read from the cached id snapshot (deep pages) agree with OFFSET paging, for every sort and a filter.</summary>
public sealed class FigureGridSnapshotTests : IDisposable
{
    private readonly ReviewTestData _data = new();

    public void Dispose() => _data.Dispose();

    public static TheoryData<FigureSortColumn, bool> Sorts() => FigureGridQueryTests.Sorts();

    [Theory]
    [MemberData(nameof(Sorts))]
    public async Task Page_DeepPagesFromTheSnapshot_EqualOffsetPages(FigureSortColumn column, bool descending)
    {
        await _data.SeedAsync(230);
        var offset = new FigureGridQuery(_data.Factory) { UseSnapshots = false };
        var snapshot = new FigureGridQuery(_data.Factory) { OffsetRows = 20 };
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
}
