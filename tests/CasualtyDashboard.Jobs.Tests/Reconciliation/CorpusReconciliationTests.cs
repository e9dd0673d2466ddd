using System.Diagnostics;
using CasualtyDashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace CasualtyDashboard.Jobs.Tests.Reconciliation;

/// <summary>
/// Issue 5's "done when", end to end on a real SQLite file: the seed and dev corpora ingested and extracted by the real
/// extractor, the Gaza reference series imported, then reconciled.
/// </summary>
public sealed class CorpusReconciliationTests(ITestOutputHelper output)
{
    private const string WomenKilled = "gaza||killed|women|cumulative|2023-10-07";
    private const string AllKilled = "gaza||killed|all|cumulative|2023-10-07";

    [Fact]
    public async Task Reconcile_CorpusWithGazaReference_FlagsWomen2716AsTranscription_AndMarks43204AsStaleCitation()
    {
        using var harness = new ReconciliationHarness();
        await harness.IngestAndExtractCorpusAsync("seed-articles.jsonl", "dev-articles.jsonl");
        await harness.ImportReferenceAsync("casualties_daily.json");

        var timer = Stopwatch.StartNew();
        var summary = await harness.ReconcileAsync();
        output.WriteLine($"Reconcile run on seed + dev corpus + Gaza reference: {timer.Elapsed.TotalSeconds:0.000} s; {summary}");

        await using var db = harness.Pipeline.CreateDbContext();
        var women = await FigureIdAsync(db, 2716, "women", new DateOnly(2023, 11, 7));
        var stale = await FigureIdAsync(db, 43204, "all", new DateOnly(2024, 11, 1));
        var flags = await db.Set<ReconciliationFlag>().AsNoTracking().ToListAsync();

        var transcription = Assert.Single(flags, f => f.ClaimIds.Contains(women));
        Assert.Equal(("transcription", "open", $"{WomenKilled}@2023-11-07"), (transcription.Type, transcription.State, transcription.PointKey));
        Assert.Contains("2719", transcription.Reason, StringComparison.Ordinal);
        var staleCitation = Assert.Single(flags, f => f.ClaimIds.Contains(stale));
        Assert.Equal(("stale_citation", $"{AllKilled}@2024-11-01"), (staleCitation.Type, staleCitation.PointKey));
        Assert.Contains("2024-10-31", staleCitation.Reason, StringComparison.Ordinal);

        var point = await db.Set<ReconciledPoint>().AsNoTracking().SingleAsync(p => p.Key == $"{WomenKilled}@2023-11-07");
        Assert.Equal(2719, point.Value);
        Assert.Equal(0, summary.UnplacedFigures - await db.Figures.CountAsync(f => f.ReportedOn == null || f.Region == null));
    }

    private static async Task<long> FigureIdAsync(Data.DashboardDbContext db, long value, string subgroup, DateOnly reportedOn)
    {
        var figures = await db.Figures.AsNoTracking().Where(f => f.Value == value && f.ReportedOn == reportedOn && f.Region == "gaza").ToListAsync();
        var figure = Assert.Single(figures, f => f.Subgroup.ToString().Equals(subgroup, StringComparison.OrdinalIgnoreCase));
        return figure.Id;
    }
}
