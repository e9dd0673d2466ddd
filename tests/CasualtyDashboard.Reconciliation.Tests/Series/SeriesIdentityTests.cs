using CasualtyDashboard.Reconciliation.Claims;
using CasualtyDashboard.Reconciliation.Conflicts;
using static CasualtyDashboard.Reconciliation.Tests.Timeline;

namespace CasualtyDashboard.Reconciliation.Tests.Series;

/// <summary>A series is a toll of one war or event: mis-dated start days join the series they continue; other wars never do.</summary>
public class SeriesIdentityTests
{
    private static readonly SeriesKey Since2024 = GazaKilled with { Since = Day("2024-10-07") };

    [Fact]
    public void Reconcile_SinceOneYearOffContinuingTheSeries_JoinsItWithANote()
    {
        var result = Reconcile([
            Claim(1, "2024-10-01", 41689), Claim(2, "2024-10-04", 41802),
            Claim(3, "2024-10-18", 42438, key: Since2024), Claim(4, "2024-11-01", 43259, key: Since2024),
        ]);

        var series = Assert.Single(result.Series);
        Assert.Equal((GazaKilled, 4), (series.Key, series.Points.Count));
        Assert.Equal([3L, 4L], result.Flags.Of(FlagType.SinceMismatch).SelectMany(f => f.ClaimIds));
        Assert.DoesNotContain(result.Flags, f => f.IsConflict);
        Assert.Equal((636L, 14), (series.Points[2].Increment!.Change, series.Points[2].Increment!.Days));
    }

    [Fact]
    public void Reconcile_RestartAtAboutTheValueReached_JoinsTheSeries()
    {
        var later = GazaKilled with { Since = Day("2025-01-19") };

        var result = Reconcile([Claim(1, "2025-01-10", 46006), Claim(2, "2025-02-01", 47460, key: later)]);

        Assert.Equal(GazaKilled, Assert.Single(result.Series).Key);
        Assert.Single(result.Flags.Of(FlagType.SinceMismatch));
    }

    [Fact]
    public void Reconcile_CountSinceACeasefireFarBelowTheTotal_StaysASeriesOfItsOwn()
    {
        var ceasefire = GazaKilled with { Since = Day("2025-10-11") };

        var result = Reconcile([Claim(1, "2025-11-01", 68875), Claim(2, "2025-11-01", 236, key: ceasefire), Claim(3, "2025-11-10", 69169)]);

        Assert.Equal([GazaKilled, ceasefire], result.Series.Select(s => s.Key).OrderBy(k => k.Since));
        Assert.Empty(result.Flags.Of(FlagType.SinceMismatch));
    }

    [Fact]
    public void Reconcile_SinceOneYearOffButFarBelow_StaysASeriesOfItsOwn()
    {
        var result = Reconcile([Claim(1, "2024-10-04", 41802), Claim(2, "2024-10-18", 120, key: Since2024)]);

        Assert.Equal(2, result.Series.Count);
    }

    [Fact]
    public void Reconcile_PeriodCountsOfTwoWars_FormTwoSeries()
    {
        var may2021 = GazaKilledDaily with { Since = Day("2021-05-10") };

        var result = Reconcile([
            Claim(1, "2021-05-28", 260, "gaza_authorities", may2021, qualifier: Qualifiers.About),
            Claim(2, "2023-10-20", 345, key: GazaKilledDaily with { Since = Day("2023-10-19") }),
            Claim(3, "2023-10-21", 301, key: GazaKilledDaily with { Since = Day("2023-10-20") }),
        ]);

        Assert.Equal([(may2021, 1), (GazaKilledDaily, 2)], result.Series.Select(s => (s.Key, s.Points.Count)).OrderBy(x => x.Key.Since ?? DateOnly.MaxValue));
    }

    [Fact]
    public void Reconcile_EraGapWidened_KeepsOneSeries()
    {
        var result = Reconcile(
            [Claim(1, "2021-05-28", 260, key: GazaKilledDaily), Claim(2, "2023-10-20", 345, key: GazaKilledDaily)],
            new ReconciliationOptions { EraGapDays = 5000 });

        Assert.Single(result.Series);
    }
}
