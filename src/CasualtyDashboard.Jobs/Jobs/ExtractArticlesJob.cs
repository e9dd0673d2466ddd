using CasualtyDashboard.Jobs.Extraction;
using CasualtyDashboard.Jobs.Scheduling;
using Microsoft.Extensions.Logging;

namespace CasualtyDashboard.Jobs.Jobs;

/// <summary>
/// Extracts the figures of every pending article, then wakes the reconcile job when figures were stored, unless articles
/// are still arriving: each reconcile run reads every figure, so while an import's chunks keep queueing extract runs the
/// reconciliation waits for the last of them, which wakes it for the figures of the runs before (decision 044).
/// </summary>
public sealed class ExtractArticlesJob(ArticleExtractionService service, JobLauncher launcher, JobRunTracker tracker, ILogger<ExtractArticlesJob> logger, IJobRunGuard guard) : TrackedJob(tracker, guard)
{
    public const string Name = "extract-articles";

    protected override async Task RunAsync(JobRunProgress progress, CancellationToken ct)
    {
        var count = await service.ProcessPendingAsync(progress, ct);
        logger.LogInformation("Extracted figures from {Count} articles", count);
        if (launcher.NewDataRunWaiting(Name)) return;
        if (count > 0 || await Tracker.ProcessedSinceLastStartAsync(Name, ReconcileFiguresJob.Name, ct))
            await launcher.TriggerAsync(ReconcileFiguresJob.Name, JobTriggers.NewData, ct);
    }
}
