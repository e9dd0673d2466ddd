using CasualtyDashboard.Data;
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

    [PostgresFact]
    public async Task TwoInstances_RunOfAJobOnOne_KeepsTheOthersRunsWaiting_AndItsScheduledTickSkipped()
    {
        var gate = new Gate();
        await using var a = new HangfireHarness([GatedJob.Definition()], s => s.AddSingleton(gate), storage: Instance());
        await using var b = new HangfireHarness([GatedJob.Definition()], s => s.AddSingleton(gate), storage: Instance());
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
        await using var a = new HangfireHarness([everySecond], s => s.AddSingleton(gate), storage: Instance());
        await using var b = new HangfireHarness([everySecond], s => s.AddSingleton(gate), storage: Instance());
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
