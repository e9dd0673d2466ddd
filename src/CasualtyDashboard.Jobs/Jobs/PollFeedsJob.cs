using CasualtyDashboard.Jobs.Feeds;
using CasualtyDashboard.Jobs.Scheduling;
using Microsoft.Extensions.Logging;

namespace CasualtyDashboard.Jobs.Jobs;

/// <summary>Polls every enabled feed whose interval has elapsed.</summary>
public sealed class PollFeedsJob(FeedPoller poller, JobRunTracker tracker, ILogger<PollFeedsJob> logger, IJobRunGuard guard) : TrackedJob(tracker, guard)
{
    public const string Name = "poll-feeds";

    protected override async Task RunAsync(JobRunProgress progress, CancellationToken ct)
    {
        var results = await poller.PollDueAsync(progress, ct);
        logger.LogInformation("Polled {Count} feeds; {Stored} new articles", results.Count, results.Sum(r => r.Stored));
    }
}
