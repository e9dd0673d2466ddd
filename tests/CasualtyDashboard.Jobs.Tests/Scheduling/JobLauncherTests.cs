using CasualtyDashboard.Data.Entities;
using CasualtyDashboard.Jobs.Jobs;
using CasualtyDashboard.Jobs.Scheduling;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;

namespace CasualtyDashboard.Jobs.Tests.Scheduling;

/// <summary>Triggers through a real Hangfire server over in-memory storage: coalescing, no overlap, skips, shutdown.</summary>
public sealed class JobLauncherTests
{
    [Fact]
    public async Task TriggerNewData_ManyTimesWhileARunIsGoing_QueuesOneMoreRunNotOnePerCall_AndRunsNeverOverlap()
    {
        var gate = new Gate();
        await using var hangfire = new HangfireHarness([GatedJob.Definition()], s => s.AddSingleton(gate));
        await hangfire.StartAsync();
        await gate.FirstStarted.Task.WaitAsync(TimeSpan.FromSeconds(30)); // the startup run, held open

        for (var chunk = 0; chunk < 5; chunk++) Assert.True(await hangfire.Launcher.TriggerAsync(GatedJob.Name, JobTriggers.NewData));
        var afterNewData = Queued();
        Assert.True(hangfire.Launcher.NewDataRunWaiting(GatedJob.Name));
        Assert.True(await hangfire.Launcher.TriggerAsync(GatedJob.Name, JobTriggers.Manual));
        var afterManual = Queued();

        Assert.Equal(2, afterNewData); // the running startup run and one waiting run for all five chunks
        Assert.Equal(3, afterManual); // "run now" is never dropped
        await Task.Delay(300); // room for the waiting runs to overlap, if the guard let them
        Assert.Equal(1, gate.Runs);

        gate.Release.SetResult();
        await HangfireHarness.WaitForAsync(() => hangfire.JobIds(GatedJob.Name, "Succeeded").Count == 3, "three runs succeeded");
        var runs = await hangfire.RunsAsync(GatedJob.Name);
        Assert.Equal(new[] { JobTriggers.Startup, JobTriggers.NewData, JobTriggers.Manual }.Order(), runs.Select(r => r.Trigger).Order());
        Assert.All(runs, r => Assert.Equal(JobRunState.Succeeded, r.State));
        Assert.Equal(1, gate.MaxRunning);

        int Queued() => hangfire.Client.Created.Count(c => c.Job == GatedJob.Name);
    }

    [Fact]
    public async Task ScheduledTick_WhileARunIsGoing_IsSkippedAndNotRecorded()
    {
        var gate = new Gate();
        await using var hangfire = new HangfireHarness([GatedJob.Definition()], s => s.AddSingleton(gate));
        await hangfire.StartAsync();
        await gate.FirstStarted.Task.WaitAsync(TimeSpan.FromSeconds(30));

        hangfire.Recurring.Trigger(GatedJob.Name); // what the cron does
        await HangfireHarness.WaitForAsync(() => hangfire.JobIds(GatedJob.Name, "Succeeded").Count == 1, "the tick ended");
        var tick = hangfire.JobIds(GatedJob.Name, "Succeeded").Single();

        Assert.Equal("\"skipped: a run of this job is going\"", hangfire.Parameter(tick, TrackedJob.OutcomeParameter));
        Assert.Single(await hangfire.RunsAsync(GatedJob.Name));
        gate.Release.SetResult();
    }

    [Fact]
    public async Task Shutdown_CancelsARunningRun_WhichIsRecordedAsInterrupted()
    {
        var gate = new Gate();
        await using var hangfire = new HangfireHarness([GatedJob.Definition()], s => s.AddSingleton(gate));
        await hangfire.StartAsync();
        await gate.FirstStarted.Task.WaitAsync(TimeSpan.FromSeconds(30));

        var stopping = DateTime.UtcNow;
        await hangfire.StopAsync();
        var stopped = DateTime.UtcNow - stopping;

        var run = Assert.Single(await hangfire.RunsAsync(GatedJob.Name));
        Assert.Equal(JobRunState.Interrupted, run.State);
        Assert.Equal(JobRunTracker.InterruptedMessage, run.Error);
        Assert.True(stopped < HangfireJobsHostedService.ServerShutdownTimeout, $"stopping took {stopped.TotalSeconds:F1} s");
        Assert.False(hangfire.Launcher.IsRunning);
        Assert.False(await hangfire.Launcher.TriggerAsync(GatedJob.Name));
    }

    [Fact]
    public async Task Start_RegistersEachDefinitionsCron_RemovesRecurringJobsNoLongerConfigured()
    {
        var gate = new Gate();
        gate.Release.SetResult();
        await using var hangfire = new HangfireHarness([GatedJob.Definition("0/30 * * * * ?")], s => s.AddSingleton(gate));
        hangfire.Recurring.AddOrUpdate("import-watched-folder", JobLauncher.JobFor(GatedJob.Definition(), JobTriggers.Scheduled), HangfireHarness.Never);

        await hangfire.StartAsync();

        using var connection = hangfire.Storage.GetConnection();
        var recurring = Hangfire.Storage.StorageConnectionExtensions.GetRecurringJobs(connection);
        var job = Assert.Single(recurring);
        Assert.Equal(GatedJob.Name, job.Id);
        Assert.Equal("0/30 * * * * ?", job.Cron);
        Assert.Equal(TimeZoneInfo.Utc.Id, job.TimeZoneId);
        Assert.NotNull(await hangfire.Launcher.NextRunAsync(GatedJob.Name));
        Assert.True(job.NextExecution <= DateTime.UtcNow.AddSeconds(31), $"next at {job.NextExecution:O}");
    }

    [Fact]
    public async Task JobsDisabled_NothingIsScheduledOrRun_AndTriggersStartNothing()
    {
        var gate = new Gate();
        await using var hangfire = new HangfireHarness([GatedJob.Definition("* * * * * *")], s => s.AddSingleton(gate), enabled: false);
        await hangfire.StartAsync();

        Assert.False(await hangfire.Launcher.TriggerAsync(GatedJob.Name, JobTriggers.Manual));
        await Task.Delay(1500);

        using var connection = hangfire.Storage.GetConnection();
        Assert.Empty(Hangfire.Storage.StorageConnectionExtensions.GetRecurringJobs(connection));
        Assert.Equal(0, gate.Runs);
        Assert.Null(await hangfire.Launcher.NextRunAsync(GatedJob.Name));
    }

    /// <summary>A started harness with the real extract job and a counting stand-in for reconcile, after their startup runs.</summary>
    private static async Task<HangfireHarness> ExtractAndCountedReconcileAsync()
    {
        var hangfire = new HangfireHarness(
        [
            new JobDefinition(ExtractArticlesJob.Name, typeof(ExtractArticlesJob), HangfireHarness.Never, "extract"),
            new JobDefinition(ReconcileFiguresJob.Name, typeof(CountingJob), HangfireHarness.Never, "stands in for reconcile"),
        ]);
        await hangfire.StartAsync();
        await HangfireHarness.WaitForAsync(() => hangfire.JobIds(ReconcileFiguresJob.Name, "Succeeded").Count == 1
            && hangfire.JobIds(ExtractArticlesJob.Name, "Succeeded").Count == 1, "the startup runs ended");
        return hangfire;
    }

    [Fact]
    public async Task NewArticles_RunTheExtractJobThroughHangfire_WhichWakesReconcile_AndMirrorsItsProgress()
    {
        await using var hangfire = await ExtractAndCountedReconcileAsync();

        await hangfire.Ingestor.IngestAsync(
        [
            (1, new Ingestion.IncomingArticle("12 killed", new DateOnly(2024, 10, 1), "Outlet", Id: "ext-1")),
            (2, new Ingestion.IncomingArticle("30 killed", new DateOnly(2024, 10, 2), "Outlet", Id: "ext-2")),
        ], "test", CancellationToken.None);

        await HangfireHarness.WaitForAsync(async () => (await hangfire.RunsAsync(ReconcileFiguresJob.Name)).Any(r => r.Trigger == JobTriggers.NewData)
            && (await hangfire.RunsAsync(ExtractArticlesJob.Name)).All(r => r.State != JobRunState.Running), "reconcile ran after the extraction");
        var extract = (await hangfire.RunsAsync(ExtractArticlesJob.Name)).Last();
        Assert.Equal(JobTriggers.NewData, extract.Trigger);
        Assert.Equal(JobRunState.Succeeded, extract.State);
        Assert.Equal(2, extract.Processed);
        Assert.Equal([JobTriggers.Startup, JobTriggers.NewData], (await hangfire.RunsAsync(ReconcileFiguresJob.Name)).Select(r => r.Trigger));

        var hangfireRun = hangfire.JobIds(ExtractArticlesJob.Name, "Succeeded")
            .Single(id => hangfire.Parameter(id, TrackedJob.RunParameter) == extract.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.StartsWith("\"2/2 processed", hangfire.Parameter(hangfireRun, TrackedJob.ProgressParameter));
    }

    [Fact]
    public async Task ArticlesArrivingDuringAnExtractRun_DeferTheReconciliation_ToTheLastRun_WhichRunsItOnceEvenWhenItFindsNothingLeft()
    {
        await using var hangfire = await ExtractAndCountedReconcileAsync();
        using var extracting = new SemaphoreSlim(0);
        using var release = new ManualResetEventSlim();
        var held = 0;
        hangfire.Pipeline.Extractor.Revise = figures =>
        {
            if (Interlocked.Exchange(ref held, 1) == 0)
            {
                extracting.Release();
                release.Wait(TimeSpan.FromSeconds(30));
            }
            return figures;
        };

        await hangfire.Ingestor.IngestAsync([(1, new Ingestion.IncomingArticle("12 killed", new DateOnly(2024, 10, 1), "Outlet", Id: "ext-1"))], "test", CancellationToken.None);
        Assert.True(await extracting.WaitAsync(TimeSpan.FromSeconds(30)), "the first extract run took the first chunk");
        await hangfire.Ingestor.IngestAsync([(1, new Ingestion.IncomingArticle("30 killed", new DateOnly(2024, 10, 2), "Outlet", Id: "ext-2"))], "test", CancellationToken.None);
        await HangfireHarness.WaitForAsync(() => hangfire.Launcher.NewDataRunWaiting(ExtractArticlesJob.Name), "a second run waits for the first");
        release.Set();

        // The first run goes on to the second chunk's article too (its pass walks the ids as they come), so the second
        // run finds nothing: it still owes the reconciliation the first one left to it.
        await HangfireHarness.WaitForAsync(async () => (await hangfire.RunsAsync(ExtractArticlesJob.Name)).Count(r => r.Trigger == JobTriggers.NewData) == 2
            && (await hangfire.RunsAsync(ExtractArticlesJob.Name)).All(r => r.State != JobRunState.Running)
            && (await hangfire.RunsAsync(ReconcileFiguresJob.Name)).Any(r => r.Trigger == JobTriggers.NewData && r.State == JobRunState.Succeeded), "both runs ended and reconcile ran");
        await Task.Delay(500); // room for a second reconcile run, if one was asked for
        var extracts = (await hangfire.RunsAsync(ExtractArticlesJob.Name)).Where(r => r.Trigger == JobTriggers.NewData).ToList();
        Assert.Equal(2, extracts.Sum(r => r.Processed));
        Assert.Equal([JobTriggers.Startup, JobTriggers.NewData], (await hangfire.RunsAsync(ReconcileFiguresJob.Name)).Select(r => r.Trigger));
        var reconcile = (await hangfire.RunsAsync(ReconcileFiguresJob.Name)).Last();
        Assert.True(reconcile.Id > extracts.Max(r => r.Id), "the reconciliation started after the last extract run started");
        await using var db = hangfire.Pipeline.CreateDbContext();
        Assert.Equal(2, db.Figures.Count());
    }
}
