using CasualtyDashboard.Reconciliation.Claims;
using static CasualtyDashboard.Reconciliation.Tests.Timeline;

namespace CasualtyDashboard.Reconciliation.Tests.Series;

public class SeriesBuildingTests
{
    [Fact]
    public void Reconcile_SameAuthorityTwiceOnOneDay_CollapsesToLatestStatementWithHistory()
    {
        var result = Reconcile([
            Claim(1, "2023-11-07", 10300, time: "09:00", outlet: "RT"),
            Claim(2, "2023-11-07", 10328, time: "18:00", outlet: "BBC"),
        ]);

        var source = Assert.Single(result.Point(GazaKilled, "2023-11-07").Sources);
        Assert.Equal(("gaza_moh", 10328L, 2L), (source.Authority, source.Value, source.Latest.ClaimId));
        Assert.Equal([1L], source.History.Select(c => c.ClaimId));
    }

    [Fact]
    public void Reconcile_ClaimsOfSeveralDaysAndKeys_GroupsIntoSeriesOfDatedPoints()
    {
        var women = GazaKilledOf("women");
        var result = Reconcile([
            Claim(1, "2023-11-08", 10569),
            Claim(2, "2023-11-07", 10328),
            Claim(3, "2023-11-07", 2719, key: women),
        ]);

        Assert.Equal(2, result.Series.Count);
        Assert.Equal([Day("2023-11-07"), Day("2023-11-08")], result.SeriesOf(GazaKilled).Points.Select(p => p.Date));
        Assert.Equal(new DateTime(2023, 11, 8, 12, 0, 0, DateTimeKind.Utc), result.SeriesOf(GazaKilled).LastChange);
    }

    [Fact]
    public void Reconcile_PeriodCountsWithDifferentSpans_FormOneSeriesWithoutStartDay()
    {
        var result = Reconcile([
            Claim(1, "2024-08-10", 40, key: GazaKilledDaily with { Since = Day("2024-08-09") }),
            Claim(2, "2024-08-12", 107, key: GazaKilledDaily with { Since = Day("2024-08-10") }),
        ]);

        var series = Assert.Single(result.Series);
        Assert.Equal((GazaKilledDaily, 2), (series.Key, series.Points.Count));
    }

    [Fact]
    public void Reconcile_CumulativeSeries_DerivesIncrementsPerDay()
    {
        var result = Reconcile([Claim(1, "2024-08-10", 39790), Claim(2, "2024-08-12", 39897), Claim(3, "2024-08-13", 39950)]);

        var increments = result.SeriesOf(GazaKilled).Points.Select(p => p.Increment).ToList();
        Assert.Null(increments[0]);
        Assert.Equal((107L, 2, 53.5), (increments[1]!.Change, increments[1]!.Days, increments[1]!.PerDay));
        Assert.Equal((53L, 1), (increments[2]!.Change, increments[2]!.Days));
    }

    [Fact]
    public void Reconcile_SeveralSourcesOnOneDay_GivesLowAndHighAcrossSources()
    {
        var result = Reconcile([
            Claim(1, "2023-11-06", 10022, "gaza_moh"),
            Claim(2, "2023-11-06", 10000, "un_ocha"),
            Claim(3, "2023-11-06", 10100, "afp"),
        ]);

        var point = result.Point(GazaKilled, "2023-11-06");
        Assert.Equal((10000L, 10100L, 10022L), (point.Low, point.High, point.Reconciled.Value));
    }

    [Fact]
    public void SeriesKey_ToString_IsCanonicalWithEmptyNulls()
    {
        Assert.Equal("gaza||killed|all|cumulative|2023-10-07", GazaKilled.ToString());
        Assert.Equal("gaza||killed|all|period|", GazaKilledDaily.ToString());
    }
}
