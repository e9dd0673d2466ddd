using CasualtyDashboard.Data.Entities;
using CasualtyDashboard.Data.Queries;
using CasualtyDashboard.Jobs.Demo;
using CasualtyDashboard.Jobs.Ingestion;
using Microsoft.EntityFrameworkCore;

namespace CasualtyDashboard.Jobs.Tests.Reconciliation;

/// <summary>
/// Issue 10's third "done when", in process on a real SQLite file: the demo articles of a first start, ingested, read by
/// the real extractor and reconciled, open conflicts of at least four types, and every Gaza chart draws several sources.
/// </summary>
public sealed class DemoReconciliationTests
{
    [Fact]
    public async Task FirstStartWithDemoData_OpensConflictsOfFourTypes_AndChartsShowSeveralSourcesPerToll()
    {
        using var harness = new ReconciliationHarness();
        var parsed = ArticleJsonReader.Read(DemoDataSeeder.ReadResource());
        Assert.Empty(parsed.Errors);
        await harness.Pipeline.Ingestor.IngestAsync(parsed.Articles, "demo", CancellationToken.None);
        await harness.RealExtraction.ProcessPendingAsync(null, CancellationToken.None);

        var summary = await harness.ReconcileAsync();

        await using var db = harness.Pipeline.CreateDbContext();
        var open = await db.Set<ReconciliationFlag>().AsNoTracking().Where(f => f.IsConflict && f.State == "open").Select(f => f.Type).Distinct().ToListAsync();
        Assert.True(open.Count >= 4, $"open conflict types: {string.Join(", ", open)} ({summary})");
        Assert.Contains("transcription", open);

        var queries = new ReconciliationQueries(harness.Pipeline);
        var series = (await queries.SeriesAsync("gaza")).Where(s => s is { Basis: "cumulative", Area: null }).ToList();
        foreach (var (category, subgroup) in new[] { ("killed", "all"), ("killed", "children"), ("killed", "women"), ("injured", "all") })
        {
            var toll = Assert.Single(series, s => s.Category == category && s.Subgroup == subgroup);
            Assert.Equal(new DateOnly(2023, 10, 7), toll.Since);
            var points = await queries.ChartPointsAsync(toll.Id);
            var sources = points.SelectMany(p => p.Claims).Select(c => (c.Authority, c.IsReference)).Distinct().Count();
            Assert.True(sources >= 2, $"{toll.Key} draws {sources} source(s)");
        }
    }
}
