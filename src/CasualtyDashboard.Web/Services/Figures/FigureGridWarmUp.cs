using CasualtyDashboard.Data.Queries;

namespace CasualtyDashboard.Web.Services.Figures;

/// <summary>
/// The Figures page's background build of the shown filter and sort's ordered ids (decision 076), per circuit: started
/// once a page shows an exact total, so a jump by position finds the snapshot warm instead of building it. The query
/// builds nothing when no jump would read a snapshot (a small total, a covering index, one cached). Asking again for the
/// filter and sort under way starts nothing; the page's token (cancelled when the page is left) stops it quietly.
/// </summary>
public sealed class FigureGridWarmUp(FigureGridQuery query)
{
    private ((FigureFilter, FigureSort) Key, Task Task)? _warming;

    /// <summary>Starts the build off the caller's path and returns it (the one under way for the same filter and sort).</summary>
    public Task Start(FigureFilter filter, FigureSort sort, CancellationToken left)
    {
        if (_warming is { Task.IsCompleted: false } running && running.Key == (filter, sort)) return running.Task;
        // Task.Run is what takes the build off the page's path: the page calls this on its circuit's synchronization
        // context, and SQLite's async reads complete synchronously, so a direct call would read and sort every id there,
        // before the grid's first page shows (FigureGridWarmUpTests.Start_OnTheCircuitsContext_BuildsOffIt).
        var task = Task.Run(async () =>
        {
            try
            {
                await query.WarmAsync(filter, sort, left);
            }
            catch (OperationCanceledException) when (left.IsCancellationRequested)
            {
                // The page was left.
            }
        }, CancellationToken.None);
        _warming = ((filter, sort), task);
        return task;
    }
}
