using CasualtyDashboard.Reconciliation.Conflicts;
using CasualtyDashboard.Reconciliation.Series;
using static CasualtyDashboard.Reconciliation.Tests.Timeline;

namespace CasualtyDashboard.Reconciliation.Tests.Series;

public class ReconciledValueTests
{
    [Fact]
    public void Reconcile_MinistryUnAndWireDisagree_ChoosesMinistryByPriority()
    {
        var result = Reconcile([
            Claim(1, "2023-11-06", 10100, "afp"),
            Claim(2, "2023-11-06", 10000, "un_ocha"),
            Claim(3, "2023-11-06", 10022, "gaza_moh", time: "08:00"),
        ]);

        var reconciled = result.Point(GazaKilled, "2023-11-06").Reconciled;
        Assert.Equal((10022L, ReconciliationRule.AuthorityPriority), (reconciled.Value, reconciled.Rule));
        Assert.Equal([3L], reconciled.ClaimIds);
    }

    [Fact]
    public void Reconcile_UnAgencyAndWireOnly_ChoosesUnAgency()
    {
        var result = Reconcile([Claim(1, "2023-11-06", 10100, "reuters"), Claim(2, "2023-11-06", 10000, "unrwa")]);

        Assert.Equal(10000, result.Point(GazaKilled, "2023-11-06").Reconciled.Value);
    }

    [Fact]
    public void Reconcile_TopTierSourcesDisagree_ChoosesMostCitedValue()
    {
        var result = Reconcile([
            Claim(1, "2023-11-06", 10022, "gaza_moh", outlet: "RT"),
            Claim(2, "2023-11-06", 10050, "pa_moh", outlet: "BBC", time: "20:00"),
            Claim(3, "2023-11-06", 10022, "afp"),
        ]);

        var reconciled = result.Point(GazaKilled, "2023-11-06").Reconciled;
        Assert.Equal((10022L, ReconciliationRule.MostCited), (reconciled.Value, reconciled.Rule));
        Assert.Equal([3L, 1L], reconciled.ClaimIds);
    }

    [Fact]
    public void Reconcile_TopTierSourcesDisagreeEquallyCited_ChoosesLatestStatement()
    {
        var result = Reconcile([
            Claim(1, "2023-11-06", 10022, "gaza_moh", time: "10:00"),
            Claim(2, "2023-11-06", 10050, "pa_moh", time: "20:00"),
        ]);

        var reconciled = result.Point(GazaKilled, "2023-11-06").Reconciled;
        Assert.Equal((10050L, ReconciliationRule.LatestStatement), (reconciled.Value, reconciled.Rule));
    }

    [Fact]
    public void Reconcile_ReferenceAndNewsOfSameTier_ChoosesReference()
    {
        var result = Reconcile([Claim(1, "2023-11-07", 10300), Claim(2, "2023-11-07", 10328, reference: true)]);

        Assert.Equal(10328, result.Point(GazaKilled, "2023-11-07").Reconciled.Value);
    }

    [Fact]
    public void Reconcile_CustomPriority_PutsWireFirst()
    {
        var options = new ReconciliationOptions { AuthorityPriority = [["afp"], ["gaza_moh"]] };

        var result = Reconcile([Claim(1, "2023-11-06", 10022, "gaza_moh"), Claim(2, "2023-11-06", 10100, "afp")], options);

        Assert.Equal(10100, result.Point(GazaKilled, "2023-11-06").Reconciled.Value);
    }

    [Fact]
    public void Reconcile_AnalystEnteredValue_OverridesPriorityWithRuleAndNote()
    {
        var claims = new[] { Claim(1, "2023-11-06", 10022, "gaza_moh"), Claim(2, "2023-11-06", 10100, "afp") };
        var point = PointKey.Of(GazaKilled, Day("2023-11-06"));
        var resolution = new Resolution(point, null, null, 10050, "Ministry corrected it the next day", "rana", new DateTime(2024, 1, 2, 0, 0, 0, DateTimeKind.Utc));

        var reconciled = new Reconciler().Reconcile(claims, [resolution]).Point(GazaKilled, "2023-11-06").Reconciled;

        Assert.Equal((10050L, ReconciliationRule.AnalystResolution, "rana"), (reconciled.Value, reconciled.Rule, reconciled.Resolution!.By));
        Assert.Empty(reconciled.ClaimIds);
    }
}
