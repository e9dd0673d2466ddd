using CasualtyDashboard.Data.Entities;
using CasualtyDashboard.Jobs.Ingestion;
using CasualtyDashboard.Jobs.Reconciliation;
using Microsoft.EntityFrameworkCore;

namespace CasualtyDashboard.Jobs.Tests.Reconciliation;

/// <summary>Resolutions and dismissals on a real SQLite file, with the scripted extractor (one gaza_moh killed figure per number).</summary>
public sealed class AnalystDecisionServiceTests
{
    private static readonly DateOnly Day = new(2023, 11, 7);

    [Fact]
    public async Task Resolve_ChosenClaim_SurvivesReExtractionAndAnotherRun()
    {
        using var harness = new ReconciliationHarness(analyst: "analyst-a");
        var flag = await TranscriptionConflictAsync(harness);
        var chosen = await FigureIdAsync(harness, 10328);

        var outcome = await harness.Decisions.ResolveAsync(flag.Key, chosen, null, "Checked the ministry's bulletin.", CancellationToken.None);

        Assert.Equal(DecisionStatus.Stored, outcome.Status);
        // Re-extraction keeps the ids of figures it finds again; drop them first so the decision must survive new ids.
        await using (var db = harness.Pipeline.CreateDbContext())
        {
            await db.Figures.ExecuteDeleteAsync();
            await db.Articles.ExecuteUpdateAsync(s => s.SetProperty(a => a.State, ArticleState.Pending));
        }
        await harness.Pipeline.Extraction.ProcessPendingAsync(null, CancellationToken.None);
        Assert.NotEqual(chosen, await FigureIdAsync(harness, 10328));
        await harness.ReconcileAsync();

        await using var check = harness.Pipeline.CreateDbContext();
        var stored = await check.Set<ReconciliationFlag>().SingleAsync(f => f.Key == flag.Key);
        Assert.Equal(("resolved", "analyst-a", 10328L), (stored.State, stored.DecisionBy, stored.ResolvedValue));
        var point = await check.Set<ReconciledPoint>().SingleAsync(p => p.Key == flag.PointKey);
        Assert.Equal((10328L, "analyst_resolution"), (point.Value, point.Rule));
        Assert.Equal(0, point.OpenConflicts);
    }

    [Fact]
    public async Task Resolve_EnteredValue_BecomesThePointsValueWithTheNote()
    {
        using var harness = new ReconciliationHarness();
        var flag = await TranscriptionConflictAsync(harness);

        await harness.Decisions.ResolveAsync(flag.Key, null, 10330, "Both outlets misquote; the bulletin says 10330.", CancellationToken.None);

        await using var db = harness.Pipeline.CreateDbContext();
        var point = await db.Set<ReconciledPoint>().SingleAsync(p => p.Key == flag.PointKey);
        Assert.Equal(10330, point.Value);
        Assert.Contains("the bulletin says 10330", point.Explanation, StringComparison.Ordinal);
        Assert.Empty(point.ClaimIds);
    }

    [Fact]
    public async Task Resolve_WithoutNoteOrChoice_IsRefusedWithReasons_AndNothingStored()
    {
        using var harness = new ReconciliationHarness();
        var flag = await TranscriptionConflictAsync(harness);

        var noNote = await harness.Decisions.ResolveAsync(flag.Key, null, 10328, "  ", CancellationToken.None);
        var noChoice = await harness.Decisions.ResolveAsync(flag.Key, null, null, "note", CancellationToken.None);
        var both = await harness.Decisions.ResolveAsync(flag.Key, flag.ClaimIds[0], 10328, "note", CancellationToken.None);
        var foreign = await harness.Decisions.ResolveAsync(flag.Key, 999, null, "note", CancellationToken.None);
        var unknown = await harness.Decisions.DismissAsync("transcription#nowhere", "note", CancellationToken.None);

        Assert.All([noNote, noChoice, both, foreign], o => Assert.Equal(DecisionStatus.Invalid, o.Status));
        Assert.Contains("note is required", noNote.Error, StringComparison.Ordinal);
        Assert.Contains("claimId", noChoice.Error, StringComparison.Ordinal);
        Assert.Contains("not both", both.Error, StringComparison.Ordinal);
        Assert.Contains("Claim 999 is not a claim", foreign.Error, StringComparison.Ordinal);
        Assert.Equal(DecisionStatus.NotFound, unknown.Status);
        await using var db = harness.Pipeline.CreateDbContext();
        Assert.Equal(0, await db.Set<AnalystResolution>().CountAsync() + await db.Set<AnalystDismissal>().CountAsync());
    }

    [Fact]
    public async Task Dismiss_ThenResolve_LatestDecisionWins_AndBothAreKept()
    {
        using var harness = new ReconciliationHarness(analyst: "analyst-b");
        var flag = await TranscriptionConflictAsync(harness);

        await harness.Decisions.DismissAsync(flag.Key, "Different scope: one counts the north only.", CancellationToken.None);
        await using (var db = harness.Pipeline.CreateDbContext())
            Assert.Equal(("dismissed", "analyst-b"), await db.Set<ReconciliationFlag>().Where(f => f.Key == flag.Key).Select(f => ValueTuple.Create(f.State, f.DecisionBy!)).SingleAsync());
        harness.Pipeline.Clock.Advance(TimeSpan.FromMinutes(5));
        await harness.Decisions.ResolveAsync(flag.Key, null, 10328, "On second reading, the same scope.", CancellationToken.None);

        await using var check = harness.Pipeline.CreateDbContext();
        Assert.Equal("resolved", (await check.Set<ReconciliationFlag>().SingleAsync(f => f.Key == flag.Key)).State);
        Assert.Equal(1, await check.Set<AnalystDismissal>().CountAsync());
        Assert.Equal(1, await check.Set<AnalystResolution>().CountAsync());
    }

    /// <summary>Two outlets quote the ministry for one day with different values: one open transcription conflict.</summary>
    internal static async Task<ReconciliationFlag> TranscriptionConflictAsync(ReconciliationHarness harness)
    {
        await harness.Pipeline.IngestAsync(
            new IncomingArticle("الحصيلة 10328", Day, Outlet: "BBC"),
            new IncomingArticle("الحصيلة 10238", Day, Outlet: "RT"));
        await harness.Pipeline.Extraction.ProcessPendingAsync(null, CancellationToken.None);
        await harness.ReconcileAsync();
        await using var db = harness.Pipeline.CreateDbContext();
        var flag = await db.Set<ReconciliationFlag>().AsNoTracking().SingleAsync();
        Assert.Equal(("transcription", "open"), (flag.Type, flag.State));
        return flag;
    }

    private static async Task<long> FigureIdAsync(ReconciliationHarness harness, long value)
    {
        await using var db = harness.Pipeline.CreateDbContext();
        return await db.Figures.Where(f => f.Value == value).Select(f => f.Id).SingleAsync();
    }
}
