using CasualtyDashboard.Data.Queries;
using CasualtyDashboard.Extraction.Model;
using Microsoft.EntityFrameworkCore;

namespace CasualtyDashboard.Data.Tests;

/// <summary>The grid's capped count (decision 058) on a real SQLite file; the PostgreSQL test runs the same checks.</summary>
public sealed class FigureCappedCountTests : IDisposable
{
    private readonly ReviewTestData _data = new();

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task Page_MoreThanTheCap_CountsUpToItAndTheLastPageIsTheOrdersRealEnd()
    {
        await _data.SeedAsync(300);
        await AssertCappedPagingAsync(_data.Factory);
    }

    /// <summary>
    /// With a cap of 60 over a database of 300 figures: a page reports 60 and capped; the pager's last page (rows 50-59 of
    /// the capped 60) holds the order's real last rows; a filter matching fewer than the cap is counted exactly; a page
    /// by position past the cap gets the exact count and the right rows; once the exact count is known, pages report it.
    /// </summary>
    internal static async Task AssertCappedPagingAsync(IDbContextFactory<DashboardDbContext> factory)
    {
        var exact = new FigureGridQuery(factory) { CountCapRows = 0 };
        var capped = new FigureGridQuery(factory) { CountCapRows = 60 };
        var sort = new FigureSort(FigureSortColumn.Value, Descending: true);
        var all = await exact.PageAsync(FigureFilter.None, sort, 0, FigureGridQuery.MaxPageSize);
        Assert.True(all.Total > 100);
        Assert.False(all.TotalIsCapped);
        var order = all.Rows.Select(r => r.Id).ToList();

        var first = await capped.PageAsync(FigureFilter.None, sort, 0, 10);
        Assert.Equal((60, true), (first.Total, first.TotalIsCapped));
        Assert.Equal(order.Take(10), first.Rows.Select(r => r.Id));

        var last = await capped.PageAsync(FigureFilter.None, sort, 50, 10);
        Assert.True(last.TotalIsCapped);
        Assert.Equal(order.TakeLast(10), last.Rows.Select(r => r.Id));

        var middle = await capped.PageAsync(FigureFilter.None, sort, 20, 10);
        Assert.Equal(order.Skip(20).Take(10), middle.Rows.Select(r => r.Id));

        var few = new FigureFilter { Region = "lebanon", Category = FigureCategory.Killed };
        var expectedFew = (await exact.PageAsync(few, sort, 0, 10)).Total;
        Assert.InRange(expectedFew, 1, 59);
        var fewPage = await capped.PageAsync(few, sort, 0, 10);
        Assert.Equal((expectedFew, false), (fewPage.Total, fewPage.TotalIsCapped));

        var deep = await new FigureGridQuery(factory) { CountCapRows = 60 }.PageAsync(FigureFilter.None, sort, 100, 10);
        Assert.Equal((all.Total, false), (deep.Total, deep.TotalIsCapped));
        Assert.Equal(order.Skip(100).Take(10), deep.Rows.Select(r => r.Id));

        Assert.Equal(all.Total, await capped.CountAsync(FigureFilter.None));
        var counted = await capped.PageAsync(FigureFilter.None, sort, 0, 10);
        Assert.Equal((all.Total, false), (counted.Total, counted.TotalIsCapped));
    }
}
