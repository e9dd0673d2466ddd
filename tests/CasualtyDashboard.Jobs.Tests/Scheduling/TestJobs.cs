using CasualtyDashboard.Jobs.Scheduling;

namespace CasualtyDashboard.Jobs.Tests.Scheduling;

/// <summary>Holds each run open until released, counts runs and the most that ran at once; a shutdown cancels it.</summary>
public sealed class Gate
{
    private int _running;
    private int _maxRunning;
    private int _runs;

    public TaskCompletionSource FirstStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    public int MaxRunning => Volatile.Read(ref _maxRunning);
    public int Runs => Volatile.Read(ref _runs);

    public async Task PassAsync(JobRunProgress progress, CancellationToken ct)
    {
        var now = Interlocked.Increment(ref _running);
        int max;
        while ((max = Volatile.Read(ref _maxRunning)) < now && Interlocked.CompareExchange(ref _maxRunning, now, max) != max) { }
        Interlocked.Increment(ref _runs);
        FirstStarted.TrySetResult();
        try
        {
            await Release.Task.WaitAsync(ct);
            progress.Total = 1;
            await progress.AdvanceAsync(1, 0, ct);
        }
        finally
        {
            Interlocked.Decrement(ref _running);
        }
    }
}

public sealed class GatedJob(Gate gate, JobRunTracker tracker, IJobRunGuard guard) : TrackedJob(tracker, guard)
{
    public const string Name = "gated";

    public static JobDefinition Definition(string cron = HangfireHarness.Never) => new(Name, typeof(GatedJob), cron, "held open by the test");

    protected override Task RunAsync(JobRunProgress progress, CancellationToken ct) => gate.PassAsync(progress, ct);
}

/// <summary>Stands in for the reconcile job: records that it ran.</summary>
public sealed class CountingJob(JobRunTracker tracker, IJobRunGuard guard) : TrackedJob(tracker, guard)
{
    protected override Task RunAsync(JobRunProgress progress, CancellationToken ct) => Task.CompletedTask;
}
