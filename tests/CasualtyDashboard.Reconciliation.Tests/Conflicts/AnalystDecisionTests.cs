using CasualtyDashboard.Reconciliation.Claims;
using CasualtyDashboard.Reconciliation.Conflicts;
using CasualtyDashboard.Reconciliation.Series;
using static CasualtyDashboard.Reconciliation.Tests.Timeline;

namespace CasualtyDashboard.Reconciliation.Tests.Conflicts;

public class AnalystDecisionTests
{
    private static readonly DateTime Monday = new(2024, 1, 1, 9, 0, 0, DateTimeKind.Utc);

    private static Claim[] Disagreement(long firstId) =>
        [Claim(firstId, "2023-11-06", 10022, "gaza_moh"), Claim(firstId + 1, "2023-11-06", 9000, "un_ocha")];

    [Fact]
    public void Reconcile_DismissedConflict_StaysDismissedAfterReExtraction()
    {
        var flag = Assert.Single(Reconcile(Disagreement(1)).Flags);
        var dismissal = Dismissal.Of(flag, "OCHA counts a different scope", "rana", Monday);

        var again = Assert.Single(new Reconciler().Reconcile(Disagreement(101), dismissals: [dismissal]).Flags);

        Assert.Equal((flag.Key, FlagState.Dismissed, "rana"), (again.Key, again.State, again.Dismissal!.By));
    }

    [Fact]
    public void Reconcile_ConflictResolvedByChosenClaim_ReattachesAndSetsValue()
    {
        var first = Reconcile(Disagreement(1));
        var flag = Assert.Single(first.Flags);
        var resolution = Resolution.ChooseClaim(flag, Disagreement(1)[1], "OCHA's figure is the verified one", "omar", Monday);

        var again = new Reconciler().Reconcile(Disagreement(1), [resolution]);

        Assert.Equal(FlagState.Resolved, Assert.Single(again.Flags).State);
        var reconciled = again.Point(GazaKilled, "2023-11-06").Reconciled;
        Assert.Equal((9000L, ReconciliationRule.AnalystResolution), (reconciled.Value, reconciled.Rule));
        Assert.Equal([2L], reconciled.ClaimIds);
    }

    [Fact]
    public void Reconcile_ResolutionAfterDismissal_Resolves()
    {
        var flag = Assert.Single(Reconcile(Disagreement(1)).Flags);
        var dismissal = Dismissal.Of(flag, "scope", "rana", Monday);
        var resolution = Resolution.EnterValue(flag, 10000, "both revised", "omar", Monday.AddHours(1));

        var again = Assert.Single(new Reconciler().Reconcile(Disagreement(1), [resolution], [dismissal]).Flags);

        Assert.Equal(FlagState.Resolved, again.State);
    }

    [Fact]
    public void Reconcile_WithDecisions_NeverChangesClaims()
    {
        var claims = Disagreement(1);
        var flag = Assert.Single(Reconcile(claims).Flags);

        var result = new Reconciler().Reconcile(claims, [Resolution.EnterValue(flag, 1, "test", "omar", Monday)]);

        Assert.Equal([10022L, 9000L], result.Point(GazaKilled, "2023-11-06").Claims.Select(c => c.Value));
        Assert.Equal([10022L, 9000L], claims.Select(c => c.Value));
    }

    [Fact]
    public void Resolution_WithoutNote_Throws()
    {
        var flag = Assert.Single(Reconcile(Disagreement(1)).Flags);

        Assert.Throws<ArgumentException>(() => Resolution.EnterValue(flag, 10000, " ", "omar", Monday));
    }

    [Fact]
    public void Dismissal_WithoutAnalyst_Throws()
    {
        var flag = Assert.Single(Reconcile(Disagreement(1)).Flags);

        Assert.Throws<ArgumentException>(() => Dismissal.Of(flag, "scope", "", Monday));
    }
}
