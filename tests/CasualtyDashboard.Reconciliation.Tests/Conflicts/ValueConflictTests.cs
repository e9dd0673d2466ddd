using CasualtyDashboard.Reconciliation.Messages;
using CasualtyDashboard.Reconciliation.Claims;
using CasualtyDashboard.Reconciliation.Conflicts;
using CasualtyDashboard.Reconciliation.Series;
using static CasualtyDashboard.Reconciliation.Tests.Timeline;

namespace CasualtyDashboard.Reconciliation.Tests.Conflicts;

public class ValueConflictTests
{
    [Fact]
    public void Reconcile_AuthoritiesDisagreeBeyondTolerance_FlagsCrossSource()
    {
        var result = Reconcile([Claim(1, "2023-11-06", 10022, "gaza_moh"), Claim(2, "2023-11-06", 9000, "un_ocha", outlet: "OCHA")]);

        var flag = Assert.Single(result.Flags);
        Assert.Equal((FlagType.CrossSource, FlagState.Open, true), (flag.Type, flag.State, flag.IsConflict));
        Assert.Equal([1L, 2L], flag.ClaimIds);
        Assert.Contains(flag.Reason.Args[1].Items, s => s.Values().SequenceEqual(["un_ocha", "9000", "OCHA", "2"]));
    }

    [Fact]
    public void Reconcile_AuthoritiesWithinRelativeTolerance_FlagsNothing()
    {
        var result = Reconcile([Claim(1, "2023-11-06", 10022, "gaza_moh"), Claim(2, "2023-11-06", 10000, "un_ocha")]);

        Assert.Empty(result.Flags);
    }

    [Fact]
    public void Reconcile_ToleranceTightened_FlagsSameDifference()
    {
        var options = new ReconciliationOptions { RelativeTolerance = 0, AbsoluteTolerance = 0 };

        var result = Reconcile([Claim(1, "2023-11-06", 10022, "gaza_moh"), Claim(2, "2023-11-06", 10000, "un_ocha")], options);

        Assert.Equal(FlagType.CrossSource, Assert.Single(result.Flags).Type);
    }

    [Fact]
    public void Reconcile_AtLeastFigureBelowExactFigure_FlagsNothing()
    {
        var result = Reconcile([
            Claim(1, "2023-11-06", 10022, "gaza_moh"),
            Claim(2, "2023-11-06", 9000, "afp", qualifier: Qualifiers.AtLeast),
        ]);

        Assert.Empty(result.Flags);
    }

    [Fact]
    public void Reconcile_NewsQuotingMinistryAgreesWithItsReferenceSeries_FlagsNothing()
    {
        var result = Reconcile([Claim(1, "2023-11-07", 10328, outlet: "RT"), Claim(-1, "2023-11-07", 10328, reference: true)]);

        Assert.Empty(result.Flags);
    }

    [Fact]
    public void Reconcile_OutletsQuotingSameMinistryDiffer_FlagsTranscription()
    {
        var result = Reconcile([
            Claim(1, "2023-11-07", 10328, outlet: "BBC", time: "09:00"),
            Claim(2, "2023-11-07", 10238, outlet: "RT", time: "10:00"),
            Claim(3, "2023-11-07", 10328, outlet: "CNN", time: "11:00"),
        ]);

        var flag = Assert.Single(result.Flags);
        Assert.Equal(FlagType.Transcription, flag.Type);
        Assert.Equal([2L, 3L], flag.ClaimIds);
        Assert.Contains(DigitSlip.DigitsTransposed, flag.Reason.Values());
        var point = result.Point(GazaKilled, "2023-11-07");
        Assert.Equal((10328L, ReconciliationRule.MostCited, 10238L, 10328L), (point.Reconciled.Value, point.Reconciled.Rule, point.Low, point.High));
    }

    [Fact]
    public void Reconcile_IntradayUpdatesRising_FlagsNothing()
    {
        var result = Reconcile([Claim(1, "2023-11-07", 10300, time: "09:00"), Claim(2, "2023-11-07", 10328, time: "18:00")]);

        Assert.Empty(result.Flags);
    }

    [Fact]
    public void Reconcile_NewsDepartsFromOtherAuthoritysReference_FlagsReferenceDeparture()
    {
        var result = Reconcile([Claim(1, "2023-11-07", 9000, "afp"), Claim(2, "2023-11-07", 10328, reference: true)]);

        var flag = Assert.Single(result.Flags);
        Assert.Equal((FlagType.ReferenceDeparture, "reference_departure#gaza||killed|all|cumulative|2023-10-07@2023-11-07#afp,gaza_moh@ref"), (flag.Type, flag.Key.Value));
    }

    [Fact]
    public void Reconcile_TwoReferenceSeriesDisagree_FlagsCrossSource()
    {
        var key = GazaKilled with { Region = "west_bank" };

        var result = Reconcile([
            Claim(-1, "2024-04-24", 469, "un_ocha", key, reference: true),
            Claim(-2, "2024-04-24", 400, "other:ocha_verified", key, reference: true),
        ]);

        Assert.Equal(FlagType.CrossSource, Assert.Single(result.Flags).Type);
    }

    [Fact]
    public void Reconcile_DifferentIncidentsOnOneDay_FlagNoConflict()
    {
        var incident = GazaKilled with { Basis = Bases.Incident, Since = null };

        var result = Reconcile([
            Claim(1, "2023-11-07", 5, "gaza_civil_defence", incident),
            Claim(2, "2023-11-07", 40, "unattributed", incident),
        ]);

        Assert.Empty(result.Flags);
    }
}
