using System.Collections.Concurrent;
using System.Reflection;
using Hangfire;
using Hangfire.Common;
using Hangfire.States;
using Hangfire.Storage;

namespace CasualtyDashboard.Jobs.Scheduling;

/// <summary>
/// Runs jobs now (pages, ingestion, decisions) by enqueueing a Hangfire trigger, and reports their schedule. Does nothing
/// while this process runs no Hangfire server (<c>Jobs:Enabled=false</c>, the CLI).
/// </summary>
public sealed class JobLauncher
{
    private static readonly MethodInfo Execute = typeof(TrackedJob).GetMethod(nameof(TrackedJob.ExecuteAsync))!;
    private static readonly string[] WaitingStates = [EnqueuedState.StateName, ScheduledState.StateName, AwaitingState.StateName];

    private readonly JobStorage? _storage;
    private readonly IBackgroundJobClient? _client;
    private readonly ConcurrentDictionary<string, string> _newDataRuns = new(StringComparer.Ordinal);
    private volatile bool _running;

    /// <summary>A launcher that never starts anything (the CLI, services driven directly by tests).</summary>
    public JobLauncher(IEnumerable<JobDefinition> definitions) : this(definitions, null, null) { }

    public JobLauncher(IEnumerable<JobDefinition> definitions, JobStorage? storage, IBackgroundJobClient? client)
    {
        Definitions = definitions.ToList();
        _storage = storage;
        _client = client;
    }

    public IReadOnlyList<JobDefinition> Definitions { get; }

    /// <summary>True while this process's Hangfire server runs jobs.</summary>
    public bool IsRunning => _running && _client is not null;

    internal void Attach(bool running) => _running = running;

    /// <summary>The Hangfire job of one run of a definition.</summary>
    public static Job JobFor(JobDefinition definition, string trigger) =>
        new(definition.JobType, Execute, definition.Name, trigger, null, CancellationToken.None);

    /// <summary>Enqueues a run at once; a run of the job already going finishes first (runs do not overlap).</summary>
    public Task<bool> TriggerAsync(string jobName, string trigger = JobTriggers.Manual, CancellationToken ct = default)
    {
        if (!IsRunning) return Task.FromResult(false);
        var definition = Definitions.FirstOrDefault(d => d.Name == jobName)
            ?? throw new ArgumentException($"No job is named '{jobName}'.", nameof(jobName));
        if (trigger != JobTriggers.NewData)
        {
            _client!.Create(JobFor(definition, trigger), new EnqueuedState());
            return Task.FromResult(true);
        }
        // New data while a run of ours is still waiting to start: that run will see it, so a chunked import of 100,000
        // articles queues one run, not one per chunk. "Run now" and retries are never dropped.
        lock (_newDataRuns)
        {
            if (!_newDataRuns.TryGetValue(jobName, out var waiting) || !IsWaitingToStart(waiting))
                _newDataRuns[jobName] = _client!.Create(JobFor(definition, trigger), new EnqueuedState());
        }
        return Task.FromResult(true);
    }

    /// <summary>Whether a "new data" run of the job has been enqueued and has not started its work yet.</summary>
    internal bool NewDataRunWaiting(string jobName) => _newDataRuns.TryGetValue(jobName, out var id) && IsWaitingToStart(id);

    /// <summary>Enqueued, scheduled, or taken by a worker but still waiting for the previous run to end.</summary>
    private bool IsWaitingToStart(string hangfireJobId)
    {
        using var connection = _storage!.GetConnection();
        var state = connection.GetJobData(hangfireJobId)?.State;
        if (state is null) return false;
        if (WaitingStates.Contains(state)) return true;
        return state == ProcessingState.StateName && connection.GetJobParameter(hangfireJobId, TrackedJob.StartedParameter) is null;
    }

    /// <summary>The next scheduled time of a job (UTC), or null.</summary>
    public Task<DateTime?> NextRunAsync(string jobName, CancellationToken ct = default)
    {
        if (!IsRunning) return Task.FromResult<DateTime?>(null);
        using var connection = _storage!.GetConnection();
        return Task.FromResult(connection.GetRecurringJobs([jobName]).FirstOrDefault(j => !j.Removed)?.NextExecution);
    }
}
