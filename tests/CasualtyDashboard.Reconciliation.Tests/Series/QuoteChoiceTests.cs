using CasualtyDashboard.Reconciliation.Messages;
using CasualtyDashboard.Reconciliation.Conflicts;
using CasualtyDashboard.Reconciliation.Series;
using static CasualtyDashboard.Reconciliation.Tests.Timeline;

namespace CasualtyDashboard.Reconciliation.Tests.Series;

/// <summary>The reconciled choice between quotes of one authority, and the flag types that say what happened.</summary>
public class QuoteChoiceTests
{
    [Fact]
    public void Reconcile_OwnPublicationAgainstLaterQuote_KeepsOwnPublicationAndShowsBothInTheBand()
    {
        var result = Reconcile([
            Claim(1, "2023-11-07", 2719, outlet: "وزارة الصحة في غزة", time: "10:00"),
            Claim(2, "2023-11-07", 2716, outlet: "RT Arabic", time: "23:00"),
        ]);

        var point = result.Point(GazaKilled, "2023-11-07");
        Assert.Equal((2719L, ReconciliationRule.OwnPublication, 2716L, 2719L), (point.Reconciled.Value, point.Reconciled.Rule, point.Low, point.High));
        Assert.Equal(ReconciliationMessages.OwnPublication, point.Reconciled.Explanation.Code);
        Assert.Equal(FlagType.Transcription, Assert.Single(result.Flags).Type);
    }

    [Fact]
    public void Reconcile_NoOwnPublication_KeepsValueMostOutletsAgreeOnOverLatest()
    {
        var result = Reconcile([
            Claim(1, "2023-11-07", 10328, outlet: "BBC", time: "09:00"),
            Claim(2, "2023-11-07", 10328, outlet: "CNN", time: "10:00"),
            Claim(3, "2023-11-07", 10238, outlet: "RT", time: "23:00"),
        ]);

        Assert.Equal((10328L, ReconciliationRule.MostCited), (result.Point(GazaKilled, "2023-11-07").Reconciled.Value, result.Point(GazaKilled, "2023-11-07").Reconciled.Rule));
    }

    [Fact]
    public void Reconcile_OneOutletRepeatingAValue_CountsOnce()
    {
        var result = Reconcile([
            Claim(1, "2023-11-07", 10238, outlet: "RT", time: "09:00"),
            Claim(2, "2023-11-07", 10238, outlet: "RT", time: "10:00"),
            Claim(3, "2023-11-07", 10328, outlet: "BBC", time: "11:00"),
        ]);

        Assert.Equal((10328L, ReconciliationRule.LatestStatement), (result.Point(GazaKilled, "2023-11-07").Reconciled.Value, result.Point(GazaKilled, "2023-11-07").Reconciled.Rule));
    }

    [Fact]
    public void Reconcile_SameDayGapOf31Percent_IsAnUpdateNotATranscription()
    {
        var result = Reconcile([
            Claim(1, "2023-10-21", 4385, outlet: "وزارة الصحة في غزة", time: "18:00"),
            Claim(2, "2023-10-21", 3000, outlet: "Paper", time: "20:00"),
        ]);

        var flag = Assert.Single(result.Flags);
        Assert.Equal((FlagType.SameDayUpdate, true), (flag.Type, flag.IsConflict));
        Assert.Equal([2L, 1L], flag.ClaimIds);
    }

    [Fact]
    public void Reconcile_SameDayGapAgainstPublishedSeries_IsAnUpdateNotATranscription()
    {
        var result = Reconcile([Claim(1, "2023-10-21", 3000, outlet: "Paper"), Claim(-1, "2023-10-21", 4385, reference: true)]);

        Assert.Equal(FlagType.SameDayUpdate, Assert.Single(result.Flags).Type);
    }

    [Fact]
    public void Reconcile_StaleQuoteAfterTheMinistryMovedOnTheDayBefore_IsFlaggedStaleWithoutReference()
    {
        var result = Reconcile([
            Claim(1, "2024-10-31", 43204, outlet: "وزارة الصحة في غزة"),
            Claim(2, "2024-11-01", 43259, outlet: "وزارة الصحة في غزة"),
            Claim(3, "2024-11-02", 43259, outlet: "Paper"),
            Claim(4, "2024-11-02", 43341, outlet: "وزارة الصحة في غزة"),
            Claim(5, "2024-11-03", 43259, outlet: "Late paper"),
            Claim(6, "2024-11-03", 43391, outlet: "Wire"),
        ]);

        Assert.Equal([3L, 5L], result.Flags.Of(FlagType.StaleCitation).SelectMany(f => f.ClaimIds).Order());
        Assert.Equal(43391, result.Point(GazaKilled, "2024-11-03").Reconciled.Value);
        Assert.DoesNotContain(result.Flags, f => f.IsConflict);
    }

    [Theory]
    [InlineData(2719, 2716, DigitSlip.DigitChanged)]
    [InlineData(10328, 10238, DigitSlip.DigitsTransposed)]
    [InlineData(43059, 4359, DigitSlip.DigitDropped)]
    [InlineData(43259, 43, DigitSlip.SeparatorAsPoint)]
    [InlineData(4385, 3000, null)]
    [InlineData(12, 13, null)]
    [InlineData(43259, 43259, null)]
    public void DigitSlip_Between_TellsSlipsFromRealDifferences(long a, long b, string? kind) =>
        Assert.Equal(kind, DigitSlip.Between(a, b));
}
