using CasualtyDashboard.Jobs.Extraction;
using CasualtyDashboard.Jobs.Scheduling;
using Microsoft.Extensions.Logging;

namespace CasualtyDashboard.Jobs.Jobs;

/// <summary>Extracts the figures of every pending article, then wakes the reconcile job when figures were stored.</summary>
public sealed class ExtractArticlesJob(ArticleExtractionService service, JobLauncher launcher, JobRunTracker tracker, ILogger<ExtractArticlesJob> logger, IJobRunGuard guard) : TrackedJob(tracker, guard)
{
    public const string Name = "extract-articles";

    protected override async Task RunAsync(JobRunProgress progress, CancellationToken ct)
    {
        var count = await service.ProcessPendingAsync(progress, ct);
        logger.LogInformation("Extracted figures from {Count} articles", count);
        if (count > 0) await launcher.TriggerAsync(ReconcileFiguresJob.Name, JobTriggers.NewData, ct);
    }
}
