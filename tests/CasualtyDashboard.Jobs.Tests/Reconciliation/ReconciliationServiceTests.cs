using CasualtyDashboard.Data.Entities;
using CasualtyDashboard.Jobs.Ingestion;
using CasualtyDashboard.Jobs.Reconciliation;
using Microsoft.EntityFrameworkCore;

namespace CasualtyDashboard.Jobs.Tests.Reconciliation;

public sealed class ReconciliationServiceTests
{
    [Fact]
    public async Task Run_FiguresWithoutReportingDate_AreCountedAsUnplaced_NotDropped()
    {
        using var harness = new ReconciliationHarness();
        await harness.Pipeline.IngestAsync(new IncomingArticle("الحصيلة 100", new DateOnly(2023, 11, 7)), new IncomingArticle("الحصيلة 200 و300"));
        await harness.Pipeline.Extraction.ProcessPendingAsync(null, CancellationToken.None);

        var summary = await harness.ReconcileAsync();

        Assert.Equal((1, 2), (summary.NewsClaims, summary.UnplacedFigures));
        await using var db = harness.Pipeline.CreateDbContext();
        Assert.Equal(2, (await db.Set<ReconciliationRun>().SingleAsync()).UnplacedFigures);
    }

    [Fact]
    public async Task Run_Twice_KeepsSeriesIds_AndReplacesPointsAndFlags()
    {
        using var harness = new ReconciliationHarness();
        await harness.Pipeline.IngestAsync(new IncomingArticle("الحصيلة 100", new DateOnly(2023, 11, 6)), new IncomingArticle("الحصيلة 150", new DateOnly(2023, 11, 7)));
        await harness.Pipeline.Extraction.ProcessPendingAsync(null, CancellationToken.None);
        await harness.ReconcileAsync();
        await using var first = harness.Pipeline.CreateDbContext();
        var series = await first.Set<ReconciledSeries>().AsNoTracking().SingleAsync();

        await harness.Pipeline.IngestAsync(new IncomingArticle("الحصيلة 190", new DateOnly(2023, 11, 8)));
        await harness.Pipeline.Extraction.ProcessPendingAsync(null, CancellationToken.None);
        await harness.ReconcileAsync();

        await using var second = harness.Pipeline.CreateDbContext();
        var again = await second.Set<ReconciledSeries>().AsNoTracking().SingleAsync();
        Assert.Equal((series.Id, series.Key), (again.Id, again.Key));
        Assert.Equal((3, 190L), (again.PointCount, again.LatestValue));
        Assert.Equal(3, await second.Set<ReconciledPoint>().CountAsync());
        Assert.Equal([null, 50L, 40L], await second.Set<ReconciledPoint>().OrderBy(p => p.Date).Select(p => p.IncrementChange).ToListAsync());
    }

    [Fact]
    public async Task Run_SettingsTightenTolerance_FlagsACloserDisagreement()
    {
        var strict = new ReconciliationSettings { RelativeTolerance = 0, AbsoluteTolerance = 0 };
        using var lenient = new ReconciliationHarness();
        using var tight = new ReconciliationHarness(strict);
        foreach (var harness in new[] { lenient, tight })
        {
            await harness.Pipeline.IngestAsync(new IncomingArticle("الحصيلة 10000", new DateOnly(2023, 11, 7)));
            await harness.Pipeline.Extraction.ProcessPendingAsync(null, CancellationToken.None);
            await using var db = harness.Pipeline.CreateDbContext();
            db.Add(new ReferenceClaim
            {
                Id = -1, Dataset = "gaza", Region = "gaza", Category = "killed", Subgroup = "all", Basis = "cumulative", ReportedOn = new DateOnly(2023, 11, 7),
                Value = 10010, Qualifier = "exact", Authority = "un_ocha", Evidence = "test", StatedAt = DateTime.UtcNow, ImportedAt = DateTime.UtcNow,
            });
            await db.SaveChangesAsync();
            await harness.ReconcileAsync();
        }

        Assert.Equal(0, await FlagCountAsync(lenient));
        Assert.Equal(1, await FlagCountAsync(tight));
    }

    private static async Task<int> FlagCountAsync(ReconciliationHarness harness)
    {
        await using var db = harness.Pipeline.CreateDbContext();
        return await db.Set<ReconciliationFlag>().CountAsync();
    }
}
