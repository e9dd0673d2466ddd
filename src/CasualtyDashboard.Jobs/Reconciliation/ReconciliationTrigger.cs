using CasualtyDashboard.Jobs.Jobs;
using CasualtyDashboard.Jobs.Scheduling;

namespace CasualtyDashboard.Jobs.Reconciliation;

/// <summary>
/// Asks for a reconciliation after a change (an import, a decision): starts the reconcile job at once, or, when scheduling
/// is off, runs it inline (recorded as a run like any other) so the stored output never lags behind what was just stored.
/// </summary>
public sealed class ReconciliationTrigger(JobLauncher launcher, ReconciliationService service, JobRunTracker tracker, IJobRunGuard guard)
{
    public const string Inline = "inline";

    public async Task RequestAsync(CancellationToken ct)
    {
        if (await launcher.TriggerAsync(ReconcileFiguresJob.Name, JobTriggers.NewData, ct)) return;
        // Inline runs do not overlap either (two decisions at once reconcile one after the other).
        await using var entered = await guard.TryEnterAsync(ReconcileFiguresJob.Name, Timeout.InfiniteTimeSpan, ct);
        await tracker.MarkInterruptedRunsAsync(ReconcileFiguresJob.Name, ct);
        var progress = await tracker.StartAsync(ReconcileFiguresJob.Name, Inline, ct);
        try
        {
            await service.RunAsync(progress, ct);
            await tracker.SucceedAsync(progress, CancellationToken.None);
        }
        catch (Exception ex)
        {
            await tracker.FailAsync(progress, ex, CancellationToken.None);
            throw;
        }
    }
}
