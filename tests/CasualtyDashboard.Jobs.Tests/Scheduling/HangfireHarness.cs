using CasualtyDashboard.Data.Entities;
using CasualtyDashboard.Jobs.Ingestion;
using CasualtyDashboard.Jobs.Options;
using CasualtyDashboard.Jobs.Scheduling;
using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.InMemory;
using Hangfire.Storage;
using Hangfire.Storage.Monitoring;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace CasualtyDashboard.Jobs.Tests.Scheduling;

/// <summary>Hangfire's client, recording the (job name, trigger) of every job it creates.</summary>
public sealed class RecordingJobClient(IBackgroundJobClient inner) : IBackgroundJobClient
{
    private readonly List<(string Job, string Trigger)> _created = [];

    public IReadOnlyList<(string Job, string Trigger)> Created
    {
        get { lock (_created) return _created.ToList(); }
    }

    public string Create(Hangfire.Common.Job job, Hangfire.States.IState state)
    {
        lock (_created) _created.Add(((string)job.Args[0], (string)job.Args[1]));
        return inner.Create(job, state);
    }

    public bool ChangeState(string jobId, Hangfire.States.IState state, string expectedState) => inner.ChangeState(jobId, state, expectedState);
}

/// <summary>
/// The real Hangfire path over a migrated SQLite file: an <see cref="InMemoryStorage"/> passed explicitly (no
/// GlobalConfiguration), its client and recurring-job manager, the DI activator, and <see cref="HangfireJobsHostedService"/>
/// starting a real <see cref="BackgroundJobServer"/>. Jobs are resolved from a container holding the pipeline's services.
/// </summary>
public sealed class HangfireHarness : IAsyncDisposable
{
    /// <summary>A cron that never fires during a test (1 January, midnight).</summary>
    public const string Never = "0 0 0 1 1 *";

    private readonly HangfireJobsHostedService _host;
    private bool _started;

    /// <param name="storage">A shared storage (a server database, with <paramref name="guard"/> its session locks); null: in memory, in-process guard.</param>
    public HangfireHarness(IEnumerable<JobDefinition> definitions, Action<IServiceCollection>? services = null, bool enabled = true, JobStorage? storage = null,
        IJobRunGuard? guard = null)
    {
        Pipeline = new PipelineHarness();
        Storage = storage ?? new InMemoryStorage(HangfireStorageFactory.InMemoryOptions());
        Guard = guard ?? (storage is null ? new InProcessJobRunGuard() : throw new ArgumentNullException(nameof(guard), "A shared storage needs the database's guard."));
        Client = new RecordingJobClient(new BackgroundJobClient(Storage));
        Recurring = new RecurringJobManager(Storage);
        Launcher = new JobLauncher(definitions, Storage, Client);
        Ingestor = new ArticleIngestor(Pipeline, Launcher, Pipeline.Updates, Pipeline.Audit, Pipeline.Clock);
        var collection = new ServiceCollection()
            .AddSingleton(Pipeline.Tracker)
            .AddSingleton(Pipeline.Extraction)
            .AddSingleton(Launcher)
            .AddSingleton<IJobRunGuard>(Guard)
            .AddSingleton(typeof(Microsoft.Extensions.Logging.ILogger<>), typeof(NullLogger<>));
        services?.Invoke(collection);
        foreach (var definition in definitions) collection.AddScoped(definition.JobType);
        Services = collection.BuildServiceProvider();
        _host = new HangfireJobsHostedService(Storage, Recurring, new AspNetCoreJobActivator(Services.GetRequiredService<IServiceScopeFactory>()),
            Launcher, Pipeline.Tracker, Guard, Microsoft.Extensions.Options.Options.Create(new JobsOptions { Enabled = enabled }),
            NullLogger<HangfireJobsHostedService>.Instance);
    }

    public PipelineHarness Pipeline { get; }
    public JobStorage Storage { get; }
    public RecordingJobClient Client { get; }
    public IRecurringJobManager Recurring { get; }
    public IJobRunGuard Guard { get; }
    public JobLauncher Launcher { get; }
    public ArticleIngestor Ingestor { get; }
    public ServiceProvider Services { get; }

    public async Task StartAsync()
    {
        await _host.StartAsync(CancellationToken.None);
        _started = true;
    }

    public async Task StopAsync()
    {
        if (!_started) return;
        _started = false;
        await _host.StopAsync(CancellationToken.None);
    }

    /// <summary>The job's recorded runs (the Jobs page's table), oldest first.</summary>
    public async Task<List<JobRun>> RunsAsync(string jobName)
    {
        await using var db = Pipeline.CreateDbContext();
        return await db.JobRuns.AsNoTracking().Where(r => r.JobName == jobName).OrderBy(r => r.Id).ToListAsync();
    }

    /// <summary>Hangfire jobs of the given definition by state, read through the monitoring API.</summary>
    public IReadOnlyList<string> JobIds(string jobName, string state)
    {
        var api = Storage.GetMonitoringApi();
        IEnumerable<KeyValuePair<string, Hangfire.Common.Job>> jobs = state switch
        {
            "Succeeded" => api.SucceededJobs(0, 1000).Select(j => new KeyValuePair<string, Hangfire.Common.Job>(j.Key, j.Value.Job)),
            "Processing" => api.ProcessingJobs(0, 1000).Select(j => new KeyValuePair<string, Hangfire.Common.Job>(j.Key, j.Value.Job)),
            "Enqueued" => api.EnqueuedJobs("default", 0, 1000).Select(j => new KeyValuePair<string, Hangfire.Common.Job>(j.Key, j.Value.Job)),
            "Failed" => api.FailedJobs(0, 1000).Select(j => new KeyValuePair<string, Hangfire.Common.Job>(j.Key, j.Value.Job)),
            _ => throw new ArgumentOutOfRangeException(nameof(state)),
        };
        return jobs.Where(j => j.Value is not null && (string?)j.Value.Args[0] == jobName).Select(j => j.Key).ToList();
    }

    public string? Parameter(string hangfireJobId, string name)
    {
        using var connection = Storage.GetConnection();
        return connection.GetJobParameter(hangfireJobId, name);
    }

    public static async Task WaitForAsync(Func<Task<bool>> condition, string what, int seconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Waited {seconds} s for: {what}");
            await Task.Delay(20);
        }
    }

    public static Task WaitForAsync(Func<bool> condition, string what, int seconds = 30) =>
        WaitForAsync(() => Task.FromResult(condition()), what, seconds);

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        await Services.DisposeAsync();
        (Storage as IDisposable)?.Dispose();
        Pipeline.Dispose();
    }
}
