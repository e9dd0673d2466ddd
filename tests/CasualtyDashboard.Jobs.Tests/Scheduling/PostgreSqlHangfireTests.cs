using CasualtyDashboard.Data;
using CasualtyDashboard.Data.Providers;
using CasualtyDashboard.Data.Tests;
using CasualtyDashboard.Jobs.Scheduling;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CasualtyDashboard.Jobs.Tests.Scheduling;

/// <summary>
/// Two app instances' Hangfire on one PostgreSQL database (Hangfire.PostgreSql with the app's options, each instance its
/// own storage object and server): a run of a job on one keeps the other's runs out, and a recurring job is not doubled.
/// </summary>
public sealed class PostgreSqlHangfireTests : IAsyncLifetime
{
    private readonly string? _server = PostgresDatabase.Server;
    private readonly string _database = $"cd_hangfire_{Guid.NewGuid():N}";

    private string ConnectionString => new NpgsqlConnectionStringBuilder(_server) { Database = _database }.ConnectionString;

    private JobStorage Instance() =>
        HangfireStorageFactory.Create(new JobStorageSettings(DatabaseProvider.PostgreSql, ConnectionString));

    private DatabaseJobRunGuard Guard() => new(ProviderAdapters.Of(DatabaseProvider.PostgreSql), ConnectionString);

    [PostgresFact]
    public async Task Guard_HeldByOneInstance_KeepsTheOtherOut_UntilReleased_OtherJobsFree()
    {
        var first = Guard();
        var second = Guard(); // two guards on their own connections stand for two processes
        var held = await first.TryEnterAsync("extract-articles", TimeSpan.Zero, CancellationToken.None);
        Assert.NotNull(held);
        Assert.Null(await second.TryEnterAsync("extract-articles", TimeSpan.FromMilliseconds(300), CancellationToken.None));
        await using (var other = await second.TryEnterAsync("reconcile-figures", TimeSpan.Zero, CancellationToken.None)) Assert.NotNull(other);

        var waiting = second.TryEnterAsync("extract-articles", Timeout.InfiniteTimeSpan, CancellationToken.None);
        await Task.Delay(300);
        Assert.False(waiting.IsCompleted);
        await held!.DisposeAsync();
        await using var next = await waiting.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.NotNull(next);

        using var shutdown = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first.TryEnterAsync("extract-articles", Timeout.InfiniteTimeSpan, shutdown.Token));
    }

    [PostgresFact]
    public async Task Guard_OfAnInstanceWhoseSessionDies_IsFreedAtOnce()
    {
        // A killed process: the server ends its session, and with it the advisory lock (no 10-minute lock row).
        var held = await Guard().TryEnterAsync("extract-articles", TimeSpan.Zero, CancellationToken.None);
        Assert.NotNull(held);
        await Execute(ConnectionString, $"""
            SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory' AND database = (SELECT oid FROM pg_database WHERE datname = '{_database}')
            """);
        await using var next = await Guard().TryEnterAsync("extract-articles", TimeSpan.FromSeconds(5), CancellationToken.None);
        Assert.NotNull(next);
    }

    [PostgresFact]
    public async Task TwoInstances_RunOfAJobOnOne_KeepsTheOthersRunsWaiting_AndItsScheduledTickSkipped()
    {
        var gate = new Gate();
        await using var a = new HangfireHarness([GatedJob.Definition()], s => s.AddSingleton(gate), storage: Instance(), guard: Guard());
        await using var b = new HangfireHarness([GatedJob.Definition()], s => s.AddSingleton(gate), storage: Instance(), guard: Guard());
        await a.StartAsync(); // its startup run takes the job and is held open
        await gate.FirstStarted.Task.WaitAsync(TimeSpan.FromSeconds(60));
        await b.StartAsync(); // its startup run finds the job running: skipped

        Assert.True(await b.Launcher.TriggerAsync(GatedJob.Name, JobTriggers.Manual));
        await Task.Delay(2000);
        Assert.Equal(1, gate.Runs); // b's "run now" waits for a's run

        gate.Release.SetResult();
        await HangfireHarness.WaitForAsync(() => gate.Runs == 2 && a.JobIds(GatedJob.Name, "Processing").Count == 0, "the waiting run ran", 60);
        Assert.Equal(1, gate.MaxRunning);
        var skipped = a.JobIds(GatedJob.Name, "Succeeded").Count(id => a.Parameter(id, TrackedJob.OutcomeParameter) is not null);
        Assert.Equal(1, skipped); // b's startup run
    }

    [PostgresFact]
    public async Task TwoInstances_SameRecurringJob_IsRunOncePerOccurrence()
    {
        var gate = new Gate();
        gate.Release.SetResult();
        var everySecond = GatedJob.Definition("* * * * * *");
        await using var a = new HangfireHarness([everySecond], s => s.AddSingleton(gate), storage: Instance(), guard: Guard());
        await using var b = new HangfireHarness([everySecond], s => s.AddSingleton(gate), storage: Instance(), guard: Guard());
        await a.StartAsync();
        await b.StartAsync();
        var started = DateTime.UtcNow;
        await Task.Delay(TimeSpan.FromSeconds(8));
        await b.StopAsync();
        await a.StopAsync();
        var seconds = (DateTime.UtcNow - started).TotalSeconds;

        using var connection = a.Storage.GetConnection();
        var ticks = a.JobIds(GatedJob.Name, "Succeeded").Count(id => connection.GetJobParameter(id, "RecurringJobId") is not null);
        Assert.InRange(ticks, 2, (int)Math.Ceiling(seconds) + 2); // one per second at most, not one per instance
    }

    public Task InitializeAsync() => _server is null ? Task.CompletedTask : Execute(_server, $"CREATE DATABASE \"{_database}\"");

    public async Task DisposeAsync()
    {
        if (_server is null) return;
        NpgsqlConnection.ClearAllPools();
        await Execute(_server, $"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)");
    }

    private static async Task Execute(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
