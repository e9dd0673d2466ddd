using CasualtyDashboard.Reconciliation.Messages;
using CasualtyDashboard.Reconciliation.Claims;
using CasualtyDashboard.Reconciliation.Conflicts;
using CasualtyDashboard.Reconciliation.Reference;
using static CasualtyDashboard.Reconciliation.Tests.Timeline;

namespace CasualtyDashboard.Reconciliation.Tests.Reference;

/// <summary>The published Tech for Palestine series (../shared/reference/tfp) and the pitfalls its README describes.</summary>
public class RealReferenceTests
{
    private static readonly SeriesKey LebanonKilled = new("lebanon", null, "killed", "all", Bases.Cumulative, null);

    private static IReadOnlyList<Claim> Gaza => TfpReferenceReader.ReadFile(SharedData.TfpFile("casualties_daily.json"));

    private static IReadOnlyList<Claim> Lebanon => TfpReferenceReader.ReadFile(SharedData.TfpFile("lebanon_casualties_daily.json"));

    [Fact]
    public void Reconcile_GazaReference_FindsCommitteeAndSuccumbedAdditionsOfJuneAndJuly2026()
    {
        var result = Reconcile(Gaza);

        var additions = result.SeriesOf(GazaKilled).Points
            .Where(p => p.Date >= Day("2026-06-01") && p.Date <= Day("2026-07-31"))
            .SelectMany(p => p.Flags.Of(FlagType.RetroactiveAddition).Select(f => (p.Date, f.Reason.Code == ReconciliationMessages.RetroactiveExplainsJump)))
            .ToList();
        Assert.Contains((Day("2026-06-17"), false), additions);
        Assert.Contains((Day("2026-07-11"), true), additions);
        Assert.Empty(result.Point(GazaKilled, "2026-07-11").Flags.Of(FlagType.Jump));
    }

    [Fact]
    public void Reconcile_GazaReferenceWithoutDeclarations_FlagsJulyCommitteeStepAsJump()
    {
        var result = Reconcile(Gaza.Select(c => c with { DeclaresRetroactiveAddition = false }));

        Assert.Single(result.Point(GazaKilled, "2026-07-11").Flags.Of(FlagType.Jump));
    }

    [Fact]
    public void Reconcile_GazaReference_FlagsDailyCountThatDisagreesWithCumulativeOf8December2023()
    {
        var result = Reconcile(Gaza);

        var flag = Assert.Single(result.Point(GazaKilledDaily, "2023-12-08").Flags);
        Assert.Equal(FlagType.InconsistentParts, flag.Type);
        Assert.Equal(["313", "killed"], flag.Reason.Args.Skip(1).Take(2).Select(a => a.Value));
        Assert.Equal("310", flag.Reason.Args[5].Value);
    }

    [Fact]
    public void Reconcile_GazaReference_FlagsWomenCountDecreasesOfOctober2023()
    {
        var result = Reconcile(Gaza);

        var decreases = result.SeriesOf(GazaKilledOf("women")).Points
            .Where(p => p.Date < Day("2023-11-01"))
            .SelectMany(p => p.Flags.Of(FlagType.Decrease).Select(f => (p.Date, f.Key.Value.EndsWith("#reconciled", StringComparison.Ordinal))));

        // 1032 (GMO) on 17 October, then the ministry's 1000 on the 19th and 967 on the 21st.
        Assert.Equal([(Day("2023-10-19"), true), (Day("2023-10-21"), false)], decreases);
    }

    [Fact]
    public void Reconcile_LebanonReference_NotesPhaseTwoRestartInsteadOfDecrease()
    {
        var result = Reconcile(Lebanon);

        var phase2 = result.SeriesOf(LebanonKilled with { Since = Day("2026-03-02") });
        Assert.Equal((Day("2026-03-05"), 123L), (phase2.Points[0].Date, phase2.Points[0].Reconciled.Value));
        Assert.Single(phase2.Points[0].Flags.Of(FlagType.Reset));
        Assert.Empty(result.Flags.Of(FlagType.Decrease));
    }

    [Fact]
    public void Reconcile_LebanonReferenceWithStartDaysStripped_DetectsRestartAndOpensNewSeries()
    {
        var result = Reconcile(Lebanon.Select(c => c.SeriesKey.IsCumulative ? c with { SeriesKey = c.SeriesKey with { Since = null } } : c));

        var restarted = result.SeriesOf(LebanonKilled with { Since = Day("2026-03-05") });
        Assert.Equal((true, 4047L), (restarted.SinceInferred, result.SeriesOf(LebanonKilled).Points[^1].Reconciled.Value));
        Assert.Equal(FlagType.Reset, Assert.Single(restarted.Points[0].Flags).Type);
        Assert.Empty(result.Flags.Of(FlagType.Decrease));
    }

    [Fact]
    public void Read_RevisionHistory_HasTheOneLebanonRebasingCommit()
    {
        using var reader = new StreamReader(SharedData.TfpFile("revisions.jsonl"));

        var lebanon = TfpRevisionReader.Read(reader).Where(r => r.Dataset == "lebanon_casualties_daily.json" && r.Change == "value_changed").ToList();

        Assert.Equal((1, 128), (lebanon.Select(r => r.Commit).Distinct().Count(), lebanon.Select(r => r.ReportDate).Distinct().Count()));
    }
}
