using Quartz;

namespace CasualtyDashboard.Jobs.Scheduling;

/// <summary>A job whose every run is recorded (trigger, start, end, counts, error) through <see cref="JobRunTracker"/>.</summary>
public abstract class TrackedJob(JobRunTracker tracker) : IJob
{
    public async Task Execute(IJobExecutionContext context)
    {
        if (!HasWork()) return;
        var trigger = context.MergedJobDataMap.TryGetString(JobTriggers.Key, out var t) && t is not null ? t : JobTriggers.Scheduled;
        var progress = await tracker.StartAsync(context.JobDetail.Key.Name, trigger, context.CancellationToken);
        try
        {
            await RunAsync(progress, context.CancellationToken);
            await tracker.SucceedAsync(progress, CancellationToken.None);
        }
        catch (Exception ex)
        {
            await tracker.FailAsync(progress, ex, CancellationToken.None);
            throw new JobExecutionException(ex, refireImmediately: false);
        }
    }

    /// <summary>False: nothing to do now, and the run is not recorded (a polling job stays off the Jobs page while idle).</summary>
    protected virtual bool HasWork() => true;

    protected abstract Task RunAsync(JobRunProgress progress, CancellationToken ct);
}
