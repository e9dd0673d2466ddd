using System.ComponentModel;
using Hangfire;
using Hangfire.Server;

namespace CasualtyDashboard.Jobs.Scheduling;

/// <summary>
/// A job whose every run is recorded (trigger, start, end, counts, error) through <see cref="JobRunTracker"/>. Hangfire
/// runs it as a thin trigger over the app's own tables (<see cref="ExecuteAsync"/>): it never retries a run (the next
/// tick or trigger is the retry; articles have their own attempts and backoff), runs of one job never overlap
/// (<see cref="IJobRunGuard"/>), and a shutdown cancels the run, which is then recorded as interrupted.
/// </summary>
[AutomaticRetry(Attempts = 0)]
public abstract class TrackedJob(JobRunTracker tracker, IJobRunGuard guard)
{
    /// <summary>Where the runs are recorded (a job may read its earlier runs).</summary>
    protected JobRunTracker Tracker => tracker;

    /// <summary>Hangfire job parameter set once the run holds the guard (a run not yet holding it still waits to start).</summary>
    public const string StartedParameter = "started";

    /// <summary>Hangfire job parameter with the live counts, as the Jobs page shows them.</summary>
    public const string ProgressParameter = "progress";

    /// <summary>Hangfire job parameter with the id of the run on the Jobs page.</summary>
    public const string RunParameter = "run";

    /// <summary>Hangfire job parameter saying why a run did nothing.</summary>
    public const string OutcomeParameter = "outcome";

    /// <summary>
    /// The method Hangfire calls. <paramref name="context"/> and <paramref name="ct"/> are given by Hangfire (enqueue with
    /// null and <see cref="CancellationToken.None"/>). A scheduled or start-up run while another run of the job is going is
    /// skipped; other triggers (new data, retry, run now) wait for it.
    /// </summary>
    [DisplayName("{0} ({1})")]
    public async Task ExecuteAsync(string jobName, string trigger, PerformContext? context, CancellationToken ct)
    {
        var wait = trigger is JobTriggers.Scheduled or JobTriggers.Startup ? TimeSpan.Zero : Timeout.InfiniteTimeSpan;
        await using var entered = await guard.TryEnterAsync(jobName, wait, ct);
        if (entered is null)
        {
            context?.SetJobParameter(OutcomeParameter, "skipped: a run of this job is going");
            return;
        }
        context?.SetJobParameter(StartedParameter, true);
        await tracker.MarkInterruptedRunsAsync(jobName, ct); // a run left "running" by a killed instance
        if (!HasWork())
        {
            context?.SetJobParameter(OutcomeParameter, "nothing to do");
            return;
        }
        var progress = await tracker.StartAsync(jobName, trigger, ct);
        if (context is not null)
        {
            context.SetJobParameter(RunParameter, progress.RunId);
            progress.Saved = p => context.SetJobParameter(ProgressParameter, p.Summary);
        }
        try
        {
            await RunAsync(progress, ct);
            ct.ThrowIfCancellationRequested(); // a run that stopped early at shutdown is not "succeeded"
            await tracker.SucceedAsync(progress, CancellationToken.None);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            await tracker.InterruptAsync(progress, CancellationToken.None);
            throw;
        }
        catch (Exception ex)
        {
            await tracker.FailAsync(progress, ex, CancellationToken.None);
            throw;
        }
    }

    /// <summary>False: nothing to do now, and the run is not recorded (a polling job stays off the Jobs page while idle).</summary>
    protected virtual bool HasWork() => true;

    protected abstract Task RunAsync(JobRunProgress progress, CancellationToken ct);
}
