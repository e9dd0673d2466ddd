using System.Collections.Specialized;
using CasualtyDashboard.Jobs.Options;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;
using Quartz.Impl;

namespace CasualtyDashboard.Jobs.Scheduling;

/// <summary>
/// Our adapter between the generic host and Quartz (its hosting package is not in the registry here): builds an
/// in-memory scheduler with the DI job factory, schedules every <see cref="JobDefinition"/> by its cron, starts it,
/// and on shutdown lets running jobs finish. Work survives restarts through the database, not through Quartz.
/// </summary>
internal sealed class QuartzHostedService(
    ScopedJobFactory jobFactory,
    JobLauncher launcher,
    JobRunTracker tracker,
    IOptions<JobsOptions> options,
    ILogger<QuartzHostedService> logger) : IHostedService
{
    private IScheduler? _scheduler;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await tracker.MarkInterruptedRunsAsync(cancellationToken);
        if (!options.Value.Enabled)
        {
            logger.LogInformation("Jobs are off (Jobs:Enabled=false): nothing is scheduled");
            return;
        }
        var factory = new StdSchedulerFactory(new NameValueCollection
        {
            ["quartz.scheduler.instanceName"] = "CasualtyDashboard",
            ["quartz.threadPool.maxConcurrency"] = "4",
        });
        _scheduler = await factory.GetScheduler(cancellationToken);
        _scheduler.JobFactory = jobFactory;
        foreach (var definition in launcher.Definitions)
        {
            var job = JobBuilder.Create(definition.JobType).WithIdentity(definition.Name).WithDescription(definition.Description).StoreDurably().Build();
            var recurring = TriggerBuilder.Create().WithIdentity(definition.Name + ".cron").ForJob(job)
                .WithCronSchedule(definition.Cron, c => c.WithMisfireHandlingInstructionDoNothing())
                .UsingJobData(JobTriggers.Key, JobTriggers.Scheduled).Build();
            var atStart = TriggerBuilder.Create().WithIdentity(definition.Name + ".startup").ForJob(job).StartNow()
                .UsingJobData(JobTriggers.Key, JobTriggers.Startup).Build();
            await _scheduler.ScheduleJob(job, [recurring, atStart], replace: true, cancellationToken);
            logger.LogInformation("Scheduled {Job} with cron {Cron}", definition.Name, definition.Cron);
        }
        launcher.Attach(_scheduler);
        await _scheduler.Start(cancellationToken);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_scheduler is null) return;
        launcher.Attach(null);
        await _scheduler.Shutdown(waitForJobsToComplete: true, cancellationToken);
    }
}
