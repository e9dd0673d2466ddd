using CasualtyDashboard.Reconciliation.Series;
using static CasualtyDashboard.Reconciliation.Tests.Timeline;

namespace CasualtyDashboard.Reconciliation.Tests.Series;

public class TollHeadlineTests
{
    [Fact]
    public void Of_SeedAndDemo_GazaKilledHeadlineIsTheMinistrysLatestOwnBulletin()
    {
        var result = new Reconciler().Reconcile(CorpusClaims.SeedAndDemo());

        var killed = Assert.Single(TollHeadline.Of(result), h => h.Series == GazaKilled);
        var last = result.SeriesOf(GazaKilled).Points[^1];
        Assert.Equal((last.Reconciled.Value, last.Date, "gaza_moh", "وزارة الصحة في غزة (عرض)"), (killed.Value, killed.AsOf, killed.Authority, killed.Outlet));
        Assert.Contains(killed.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), killed.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void Of_GradesByAgreementFirstHandAndOpenConflicts()
    {
        var women = GazaKilledOf("women");
        var result = Reconcile([
            Claim(1, "2023-11-07", 10328, outlet: "وزارة الصحة في غزة"), Claim(2, "2023-11-07", 10328, outlet: "Wire"),
            Claim(3, "2023-11-07", 4237, key: GazaKilledOf("children"), outlet: "Wire"),
            Claim(4, "2023-11-07", 2719, key: women, outlet: "وزارة الصحة في غزة"), Claim(5, "2023-11-07", 2716, key: women, outlet: "RT"),
            Claim(6, "2023-11-07", 25956, key: GazaKilled with { Category = "injured" }, outlet: "وزارة الصحة في غزة"),
        ]);

        var grades = TollHeadline.Of(result).ToDictionary(h => h.Series.Subgroup + "/" + h.Series.Category, h => (h.Confidence, h.AgreeingSources));
        Assert.Equal((HeadlineConfidence.High, 2), grades["all/killed"]);
        Assert.Equal((HeadlineConfidence.Low, 1), grades["children/killed"]);
        Assert.Equal(HeadlineConfidence.Contested, grades["women/killed"].Confidence);
        Assert.Equal((HeadlineConfidence.Medium, 1), grades["all/injured"]);
    }
}
