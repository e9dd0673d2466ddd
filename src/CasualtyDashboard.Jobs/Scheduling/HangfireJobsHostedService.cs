using CasualtyDashboard.Jobs.Options;
using Hangfire;
using Hangfire.Common;
using Hangfire.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CasualtyDashboard.Jobs.Scheduling;

/// <summary>
/// Starts Hangfire in this process: marks the runs a stopped process left as interrupted (not other live instances' runs), registers every
/// <see cref="JobDefinition"/> as a recurring job from its cron (and removes the recurring jobs no longer configured),
/// starts a <see cref="BackgroundJobServer"/> over the given storage, and runs each job once at start. On shutdown the
/// server stops and cancels running jobs within its shutdown timeout. With <c>Jobs:Enabled=false</c> nothing runs by itself.
/// </summary>
public sealed class HangfireJobsHostedService(
    JobStorage storage,
    IRecurringJobManager recurring,
    JobActivator activator,
    JobLauncher launcher,
    JobRunTracker tracker,
    IJobRunGuard guard,
    IOptions<JobsOptions> options,
    ILogger<HangfireJobsHostedService> logger) : IHostedService
{
    /// <summary>How long the server waits at shutdown for cancelled jobs to end; the host's own shutdown timeout is longer.</summary>
    public static readonly TimeSpan ServerShutdownTimeout = TimeSpan.FromSeconds(15);

    private BackgroundJobServer? _server;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await MarkInterruptedRunsAsync(cancellationToken);
        if (!options.Value.Enabled)
        {
            logger.LogInformation("Jobs are off (Jobs:Enabled=false): nothing is scheduled");
            return;
        }
        RegisterRecurringJobs();
        _server = new BackgroundJobServer(ServerOptions(launcher.Definitions, activator), storage, []);
        launcher.Attach(true);
        foreach (var definition in launcher.Definitions)
            await launcher.TriggerAsync(definition.Name, JobTriggers.Startup, cancellationToken);
    }

    /// <summary>
    /// Runs left "running" by a stopped process are marked interrupted, job by job, only where the job's guard is free:
    /// another instance's live run holds it, and its record stays as it is.
    /// </summary>
    private async Task MarkInterruptedRunsAsync(CancellationToken ct)
    {
        foreach (var definition in launcher.Definitions)
        {
            await using var held = await guard.TryEnterAsync(definition.Name, TimeSpan.Zero, ct);
            if (held is not null) await tracker.MarkInterruptedRunsAsync(definition.Name, ct);
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        // Stopped once, even when the host is stopped twice.
        if (Interlocked.Exchange(ref _server, null) is not { } server) return;
        launcher.Attach(false);
        server.SendStop();
        await server.WaitForShutdownAsync(cancellationToken);
        server.Dispose();
    }

    /// <summary>Each definition's recurring job, by its cron in UTC; recurring jobs of this storage no longer configured go.</summary>
    internal void RegisterRecurringJobs()
    {
        foreach (var definition in launcher.Definitions)
        {
            recurring.AddOrUpdate(definition.Name, JobLauncher.JobFor(definition, JobTriggers.Scheduled), definition.Cron,
                new RecurringJobOptions { TimeZone = TimeZoneInfo.Utc, MisfireHandling = MisfireHandlingMode.Relaxed });
            logger.LogInformation("Scheduled {Job} with cron {Cron}", definition.Name, definition.Cron);
        }
        using var connection = storage.GetConnection();
        var configured = launcher.Definitions.Select(d => d.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var stale in connection.GetRecurringJobs().Where(j => !configured.Contains(j.Id)))
        {
            recurring.RemoveIfExists(stale.Id);
            logger.LogInformation("Removed the recurring job {Job}: it is no longer configured", stale.Id);
        }
    }

    /// <summary>
    /// The server's options: the DI activator (one scope per run), enough workers for every job to run while another of its
    /// runs waits, and a schedule poll of 1 s when a cron fires more often than once a minute (Hangfire's default is 15 s).
    /// </summary>
    public static BackgroundJobServerOptions ServerOptions(IReadOnlyList<JobDefinition> definitions, JobActivator activator) => new()
    {
        Activator = activator,
        FilterProvider = JobFilterProviders.Providers,
        WorkerCount = Math.Max(4, definitions.Count * 2),
        SchedulePollingInterval = definitions.Any(d => FiresWithinAMinute(d.Cron)) ? TimeSpan.FromSeconds(1) : TimeSpan.FromSeconds(15),
        ShutdownTimeout = ServerShutdownTimeout,
        ServerName = $"{Environment.MachineName}:{Environment.ProcessId}",
    };

    /// <summary>True for a six-field cron whose seconds field is more than one fixed second (e.g. <c>0/30 * * * * ?</c>).</summary>
    public static bool FiresWithinAMinute(string cron)
    {
        var fields = cron.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return fields.Length >= 6 && !int.TryParse(fields[0], out _);
    }
}
