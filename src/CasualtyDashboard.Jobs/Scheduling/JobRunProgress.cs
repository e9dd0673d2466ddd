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
    public string? Message { get; set; }

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
