using Quartz;

namespace CasualtyDashboard.Jobs.Scheduling;

/// <summary>Runs jobs now (pages, ingestion) and reports their schedule. Does nothing while scheduling is off.</summary>
public sealed class JobLauncher(IEnumerable<JobDefinition> definitions)
{
    private IScheduler? _scheduler;

    public IReadOnlyList<JobDefinition> Definitions { get; } = definitions.ToList();

    internal void Attach(IScheduler? scheduler) => _scheduler = scheduler;

    public bool IsRunning => _scheduler is { IsStarted: true, IsShutdown: false };

    /// <summary>Fires the job at once; a run already going finishes first (jobs do not overlap).</summary>
    public async Task<bool> TriggerAsync(string jobName, string trigger = JobTriggers.Manual, CancellationToken ct = default)
    {
        if (_scheduler is not { IsShutdown: false } scheduler) return false;
        if (Definitions.All(d => d.Name != jobName)) throw new ArgumentException($"No job is named '{jobName}'.", nameof(jobName));
        // New data while a run is already waiting to start: that run will see it, so a chunked import of 100,000
        // articles queues one run, not one per chunk.
        if (trigger == JobTriggers.NewData && await WaitingRunsAsync(jobName, ct) > 0) return true;
        await scheduler.TriggerJob(new JobKey(jobName), new JobDataMap { [JobTriggers.Key] = trigger }, ct);
        return true;
    }

    /// <summary>Runs of the job triggered once (run now, new data, startup) that have not started yet; the cron trigger is not counted.</summary>
    internal async Task<int> WaitingRunsAsync(string jobName, CancellationToken ct = default)
    {
        if (_scheduler is not { IsShutdown: false } scheduler) return 0;
        var waiting = 0;
        foreach (var t in await scheduler.GetTriggersOfJob(new JobKey(jobName), ct))
        {
            if (t.GetMayFireAgain() && t is not ICronTrigger
                && await scheduler.GetTriggerState(t.Key, ct) is TriggerState.Normal or TriggerState.Blocked) waiting++;
        }
        return waiting;
    }

    /// <summary>The next scheduled time of a job (UTC), or null.</summary>
    public async Task<DateTime?> NextRunAsync(string jobName, CancellationToken ct = default)
    {
        if (_scheduler is not { IsShutdown: false } scheduler) return null;
        var triggers = await scheduler.GetTriggersOfJob(new JobKey(jobName), ct);
        // Min over nullable values skips nulls and gives null when no trigger fires again.
        return triggers.Select(t => t.GetNextFireTimeUtc()?.UtcDateTime).Min();
    }
}
