using CasualtyDashboard.Data;
using CasualtyDashboard.Jobs.Scheduling;
using Hangfire.InMemory;
using Microsoft.Extensions.Configuration;

namespace CasualtyDashboard.Jobs.Tests.Scheduling;

/// <summary>Hangfire's storage follows <c>Database:Provider</c>; runs of one job stay apart in one process and across processes.</summary>
public sealed class HangfireStorageTests
{
    private static JobStorageSettings Settings(string? provider, string? connectionString = null) =>
        JobStorageSettings.From(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [JobStorageSettings.ProviderKey] = provider,
            ["ConnectionStrings:Dashboard"] = connectionString,
        }).Build());

    [Theory]
    [InlineData(null, DatabaseProvider.Sqlite)]
    [InlineData("Sqlite", DatabaseProvider.Sqlite)]
    [InlineData("postgresql", DatabaseProvider.PostgreSql)]
    [InlineData("SqlServer", DatabaseProvider.SqlServer)]
    public void Provider_ChoosesTheStorageKind(string? provider, DatabaseProvider expected)
    {
        var settings = Settings(provider, "Host=localhost");
        Assert.Equal(expected, settings.Kind);
        Assert.Equal(expected != DatabaseProvider.Sqlite, settings.Shared);
    }

    [Fact]
    public void UnknownProvider_IsRefusedWithTheSettingsName()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Settings("MySql"));
        Assert.Contains("Database:Provider", error.Message);
    }

    [Fact]
    public void Sqlite_KeepsHangfireJobsInMemory()
    {
        using var storage = (InMemoryStorage)HangfireStorageFactory.Create(Settings(null, "Data Source=x.db"));
        Assert.NotNull(storage.GetMonitoringApi());
    }

    [Fact]
    public void ServerStorages_NeedAConnectionString()
    {
        Assert.Throws<InvalidOperationException>(() => HangfireStorageFactory.Create(Settings("PostgreSql")));
        Assert.Throws<InvalidOperationException>(() => HangfireStorageFactory.Create(Settings("SqlServer")));
    }

    [Fact]
    public void PostgreSqlAndSqlServerOptions_SlideTheInvisibilityTimeout()
    {
        var postgres = HangfireStorageFactory.PostgreSqlOptions();
        Assert.Equal("hangfire", postgres.SchemaName);
        Assert.True(postgres.UseSlidingInvisibilityTimeout);
        Assert.Equal(TimeSpan.FromMinutes(5), postgres.InvisibilityTimeout);
        var sqlServer = HangfireStorageFactory.SqlServerOptions();
        Assert.Equal(TimeSpan.FromMinutes(5), sqlServer.SlidingInvisibilityTimeout);
        Assert.Equal(TimeSpan.Zero, sqlServer.QueuePollInterval);
    }

    [Theory]
    [InlineData("0/30 * * * * ?", true)]
    [InlineData("0/10 * * * * ?", true)]
    [InlineData("0 * * * * ?", false)]
    [InlineData("0 */10 * * * ?", false)]
    [InlineData("*/5 * * * *", false)]
    public void SchedulePolling_IsOneSecondOnlyForCronsFiringWithinAMinute(string cron, bool subMinute)
    {
        Assert.Equal(subMinute, HangfireJobsHostedService.FiresWithinAMinute(cron));
        var options = HangfireJobsHostedService.ServerOptions([new JobDefinition("j", typeof(CountingJob), cron, "")], new Hangfire.JobActivator());
        Assert.Equal(subMinute ? TimeSpan.FromSeconds(1) : TimeSpan.FromSeconds(15), options.SchedulePollingInterval);
    }

    [Fact]
    public async Task InProcessGuard_HeldByOneRun_KeepsASecondOut_UntilReleased()
    {
        IJobRunGuard guard = new InProcessJobRunGuard();
        var held = await guard.TryEnterAsync("extract-articles", TimeSpan.Zero, CancellationToken.None);
        Assert.NotNull(held);
        Assert.Null(await guard.TryEnterAsync("extract-articles", TimeSpan.FromMilliseconds(200), CancellationToken.None));
        await using (var other = await guard.TryEnterAsync("reconcile-figures", TimeSpan.Zero, CancellationToken.None)) Assert.NotNull(other);

        var waiting = guard.TryEnterAsync("extract-articles", Timeout.InfiniteTimeSpan, CancellationToken.None);
        await Task.Delay(100);
        Assert.False(waiting.IsCompleted);
        await held!.DisposeAsync();
        await using var next = await waiting.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.NotNull(next);
    }

    [Fact]
    public async Task InProcessGuard_WaitingRun_IsCancelledAtShutdown()
    {
        IJobRunGuard guard = new InProcessJobRunGuard();
        await using var held = await guard.TryEnterAsync("extract-articles", TimeSpan.Zero, CancellationToken.None);
        using var shutdown = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => guard.TryEnterAsync("extract-articles", Timeout.InfiniteTimeSpan, shutdown.Token));
    }
}
