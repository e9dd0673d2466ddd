using CasualtyDashboard.Reconciliation.Messages;
namespace CasualtyDashboard.Jobs.Scheduling;

/// <summary>The live counts of one running job; the tracker writes them to its run row now and then.</summary>
public sealed class JobRunProgress(long runId, string jobName, JobRunTracker tracker, TimeProvider clock)
{
    private DateTimeOffset _lastSaved = clock.GetUtcNow();

    public long RunId { get; } = runId;
    public string JobName { get; } = jobName;
    public int Processed { get; private set; }
    public int Failed { get; private set; }
    public int? Total { get; set; }
    /// <summary>What the run did or is doing, for people: worded by the Jobs page in its language.</summary>
    public Message? Message { get; set; }

    /// <summary>Called after each save of the counts (about once a second, and at the end): the Hangfire dashboard's copy.</summary>
    public Action<JobRunProgress>? Saved { get; set; }

    /// <summary>
    /// The counts in one line, e.g. <c>1200/5000 processed, 3 failed</c>, for Hangfire's dashboard (English only); the
    /// <see cref="Message"/> is worded on the Jobs page.
    /// </summary>
    public string Summary =>
        $"{Processed}{(Total is { } total ? $"/{total}" : "")} processed" + (Failed > 0 ? $", {Failed} failed" : "");

    /// <summary>Adds to the counts and saves them at most about once a second.</summary>
    public async Task AdvanceAsync(int processed, int failed = 0, CancellationToken ct = default)
    {
        Processed += processed;
        Failed += failed;
        var now = clock.GetUtcNow();
        if (now - _lastSaved < TimeSpan.FromSeconds(1)) return;
        _lastSaved = now;
        await tracker.SaveProgressAsync(this, ct);
    }
}
