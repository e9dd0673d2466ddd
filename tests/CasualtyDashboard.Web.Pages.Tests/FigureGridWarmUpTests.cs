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

    /// <summary>
    /// The page calls <see cref="FigureGridWarmUp.Start"/> on its circuit's synchronization context, and SQLite's "async"
    /// reads complete synchronously: called directly, the whole build (0.6-2.6 s at 1,000,000 figures, decision 076) would
    /// run on that context, inside the page's load, before the grid's first page shows. The build's commands must run off it.
    /// </summary>
    [Fact]
    public async Task Start_OnTheCircuitsContext_BuildsOffIt()
    {
        var commands = new ContextRecorder();
        var (factory, keepAlive) = await FiguresTestDatabase.CreateAsync(120, commands);
        await using var database = keepAlive;
        var cache = new FigureGridCache(TimeProvider.System);
        var query = new FigureGridQuery(factory, cache) { OffsetRows = 10 };
        await query.CountAsync(Killed);
        var circuit = new SynchronizationContext();
        var previous = SynchronizationContext.Current;
        Task started;
        SynchronizationContext.SetSynchronizationContext(circuit);
        try
        {
            commands.Contexts.Clear();
            started = new FigureGridWarmUp(query).Start(Killed, ByRegion, CancellationToken.None);
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(previous);
        }
        await started;

        Assert.NotNull(cache.Ids(Killed, ByRegion));
        Assert.NotEmpty(commands.Contexts);
        Assert.DoesNotContain(circuit, commands.Contexts);
    }

    /// <summary>Records the synchronization context each command runs on.</summary>
    private sealed class ContextRecorder : Microsoft.EntityFrameworkCore.Diagnostics.DbCommandInterceptor
    {
        public System.Collections.Concurrent.ConcurrentQueue<SynchronizationContext?> Contexts { get; } = new();

        public override ValueTask<Microsoft.EntityFrameworkCore.Diagnostics.InterceptionResult<System.Data.Common.DbDataReader>> ReaderExecutingAsync(
            System.Data.Common.DbCommand command, Microsoft.EntityFrameworkCore.Diagnostics.CommandEventData eventData,
            Microsoft.EntityFrameworkCore.Diagnostics.InterceptionResult<System.Data.Common.DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Contexts.Enqueue(SynchronizationContext.Current);
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }
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
