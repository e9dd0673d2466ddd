using Quartz;

namespace CasualtyDashboard.Jobs.Scheduling;

/// <summary>A job whose every run is recorded (trigger, start, end, counts, error) through <see cref="JobRunTracker"/>.</summary>
public abstract class TrackedJob(JobRunTracker tracker) : IJob
{
    public async Task Execute(IJobExecutionContext context)
    {
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

    protected abstract Task RunAsync(JobRunProgress progress, CancellationToken ct);
}
