using CasualtyDashboard.Jobs.Extraction;
using CasualtyDashboard.Jobs.Scheduling;
using Microsoft.Extensions.Logging;

namespace CasualtyDashboard.Jobs.Jobs;

/// <summary>Re-extracts the articles whose figures an older extractor version produced (runs at start and by cron), then wakes the reconcile job.</summary>
public sealed class ReextractArticlesJob(ArticleExtractionService service, JobLauncher launcher, JobRunTracker tracker, ILogger<ReextractArticlesJob> logger, IJobRunGuard guard) : TrackedJob(tracker, guard)
{
    public const string Name = "reextract-articles";

    protected override async Task RunAsync(JobRunProgress progress, CancellationToken ct)
    {
        var count = await service.ReextractStaleAsync(progress, ct);
        logger.LogInformation("Re-extracted {Count} articles with the current extractor", count);
        if (count > 0) await launcher.TriggerAsync(ReconcileFiguresJob.Name, JobTriggers.NewData, ct);
    }
}
