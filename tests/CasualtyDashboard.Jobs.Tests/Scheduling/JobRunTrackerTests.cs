using CasualtyDashboard.Jobs.Jobs;

namespace CasualtyDashboard.Jobs.Tests.Scheduling;

/// <summary>What the extract job asks before leaving the reconciliation to a later run: did earlier runs' work go unreconciled?</summary>
public sealed class JobRunTrackerTests
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    [Fact]
    public async Task ProcessedSinceLastStart_IsTrueOnlyForARunThatProcessedSomethingAndEndedAfterTheFollowersLastStart()
    {
        using var pipeline = new PipelineHarness();
        var tracker = pipeline.Tracker;
        Task<bool> Owed() => tracker.ProcessedSinceLastStartAsync(ExtractArticlesJob.Name, ReconcileFiguresJob.Name, CancellationToken.None);

        Assert.False(await Owed()); // no runs at all
        await RunAsync(ExtractArticlesJob.Name, processed: 0);
        Assert.False(await Owed()); // an extract run that found nothing

        await RunAsync(ExtractArticlesJob.Name, processed: 3);
        Assert.True(await Owed()); // never reconciled since

        await RunAsync(ReconcileFiguresJob.Name, processed: 0);
        Assert.False(await Owed()); // the reconcile run started after it ended

        // An extract run still going when a reconcile run starts and ending after that start: its figures are owed.
        var extract = await tracker.StartAsync(ExtractArticlesJob.Name, "test", CancellationToken.None);
        pipeline.Clock.Advance(Minute);
        await RunAsync(ReconcileFiguresJob.Name, processed: 0);
        await extract.AdvanceAsync(2);
        await tracker.SucceedAsync(extract, CancellationToken.None);
        Assert.True(await Owed());

        pipeline.Clock.Advance(Minute);
        await RunAsync(ReconcileFiguresJob.Name, processed: 0);
        Assert.False(await Owed());

        async Task RunAsync(string job, int processed)
        {
            pipeline.Clock.Advance(Minute);
            var run = await tracker.StartAsync(job, "test", CancellationToken.None);
            pipeline.Clock.Advance(Minute);
            await run.AdvanceAsync(processed);
            await tracker.SucceedAsync(run, CancellationToken.None);
        }
    }
}
