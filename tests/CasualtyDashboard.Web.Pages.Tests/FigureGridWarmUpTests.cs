using CasualtyDashboard.Data.Queries;
using CasualtyDashboard.Extraction.Model;
using CasualtyDashboard.Web.Services.Figures;

namespace CasualtyDashboard.Web.Pages.Tests;

/// <summary>The Figures page's background build (decision 076), which the page asks of <see cref="FigureGridWarmUp"/>.</summary>
public sealed class FigureGridWarmUpTests
{
    private static readonly FigureFilter Killed = new() { Category = FigureCategory.Killed };
    private static readonly FigureSort ByRegion = new(FigureSortColumn.Region, true);

    [Fact]
    public async Task Start_ExactTotalShown_BuildsTheOrderAJumpThenReads()
    {
        var (query, cache, total, keepAlive) = await ShownAsync();
        await using var database = keepAlive;

        await new FigureGridWarmUp(query).Start(Killed, ByRegion, CancellationToken.None);

        var built = cache.Ids(Killed, ByRegion);
        Assert.NotNull(built);
        var jump = await query.PageAsync(Killed, ByRegion, total / 2, 10);
        Assert.Equal(built.Skip(total / 2).Take(10), jump.Rows.Select(r => r.Id));
    }

    [Fact]
    public async Task Start_PageAlreadyLeft_EndsQuietlyWithNothingBuilt()
    {
        var (query, cache, _, keepAlive) = await ShownAsync();
        await using var database = keepAlive;
        using var left = new CancellationTokenSource();
        await left.CancelAsync();

        await new FigureGridWarmUp(query).Start(Killed, ByRegion, left.Token);

        Assert.Null(cache.Ids(Killed, ByRegion));
    }

    /// <summary>A query over 120 figures whose exact count of killed figures is in, as a shown page's; the database lives while the connection is open.</summary>
    private static async Task<(FigureGridQuery Query, FigureGridCache Cache, int Total, Microsoft.Data.Sqlite.SqliteConnection KeepAlive)> ShownAsync()
    {
        var (factory, keepAlive) = await FiguresTestDatabase.CreateAsync(120);
        var cache = new FigureGridCache(TimeProvider.System);
        var query = new FigureGridQuery(factory, cache) { OffsetRows = 10 };
        return (query, cache, await query.CountAsync(Killed), keepAlive);
    }
}
