using CasualtyDashboard.Jobs.Options;
using CasualtyDashboard.Jobs.Scheduling;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Quartz;

namespace CasualtyDashboard.Jobs.Tests;

public sealed class JobLauncherTests
{
    [Fact]
    public async Task TriggerNewData_ManyTimesWhileARunIsGoing_QueuesOneMoreRunNotOnePerCall()
    {
        using var pipeline = new PipelineHarness();
        var gate = new Gate();
        var services = new ServiceCollection().AddSingleton(gate).AddScoped<BlockingJob>().BuildServiceProvider();
        var launcher = new JobLauncher([new JobDefinition(BlockingJob.Name, typeof(BlockingJob), "0 0 0 1 1 ? 2099", "blocks until released")]);
        var scheduler = new QuartzHostedService(new ScopedJobFactory(services.GetRequiredService<IServiceScopeFactory>()), launcher, pipeline.Tracker,
            Microsoft.Extensions.Options.Options.Create(new JobsOptions()), NullLogger<QuartzHostedService>.Instance);
        await scheduler.StartAsync(CancellationToken.None);
        try
        {
            await gate.FirstStarted.Task.WaitAsync(TimeSpan.FromSeconds(30)); // the startup run, held open

            for (var chunk = 0; chunk < 5; chunk++) Assert.True(await launcher.TriggerAsync(BlockingJob.Name, JobTriggers.NewData));
            var waiting = await launcher.WaitingRunsAsync(BlockingJob.Name);
            Assert.True(await launcher.TriggerAsync(BlockingJob.Name, JobTriggers.Manual));
            var waitingAfterManual = await launcher.WaitingRunsAsync(BlockingJob.Name);

            Assert.Equal(1, waiting);
            Assert.Equal(2, waitingAfterManual); // "run now" is never dropped
        }
        finally
        {
            gate.Release.SetResult();
            await scheduler.StopAsync(CancellationToken.None);
        }
    }

    internal sealed class Gate
    {
        public TaskCompletionSource FirstStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    [DisallowConcurrentExecution]
    internal sealed class BlockingJob(Gate gate) : IJob
    {
        public const string Name = "blocking";

        public async Task Execute(IJobExecutionContext context)
        {
            gate.FirstStarted.TrySetResult();
            await gate.Release.Task;
        }
    }
}
