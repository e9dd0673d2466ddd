using CasualtyDashboard.Reconciliation.Messages;
using CasualtyDashboard.Reconciliation.Claims;
using CasualtyDashboard.Reconciliation.Conflicts;
using static CasualtyDashboard.Reconciliation.Tests.Timeline;

namespace CasualtyDashboard.Reconciliation.Tests.Conflicts;

public class TimelineConflictTests
{
    private static readonly long[] SteadyWeek = [73000, 73005, 73010, 73014, 73020, 73025];

    [Fact]
    public void Reconcile_CumulativeGoesDown_FlagsDecrease()
    {
        var result = Reconcile([Claim(1, "2023-10-17", 1032), Claim(2, "2023-10-19", 1000)]);

        var flag = Assert.Single(result.Flags);
        Assert.Equal((FlagType.Decrease, PointAt("2023-10-19")), (flag.Type, flag.Point));
        Assert.Equal([1L, 2L], flag.ClaimIds);
        Assert.Same(flag, Assert.Single(result.Point(GazaKilled, "2023-10-19").Flags));
    }

    [Fact]
    public void Reconcile_ImplausibleStepAfterQuietDays_FlagsJump()
    {
        var result = Reconcile(Daily(1, "2026-07-01", [.. SteadyWeek, 73128]));

        var flag = Assert.Single(result.Flags);
        Assert.Equal((FlagType.Jump, PointAt("2026-07-07")), (flag.Type, flag.Point));
    }

    [Fact]
    public void Reconcile_StepBelowMinimum_FlagsNothing()
    {
        var result = Reconcile(Daily(1, "2026-07-01", [.. SteadyWeek, 73065]));

        Assert.Empty(result.Flags);
    }

    [Fact]
    public void Reconcile_StepWithDeclaredRetroactiveAddition_NotesAdditionInsteadOfJump()
    {
        var claims = Daily(1, "2026-07-01", SteadyWeek).Append(Claim(7, "2026-07-07", 73128, retroactive: true));

        var result = Reconcile(claims);

        var flag = Assert.Single(result.Flags);
        Assert.Equal((FlagType.RetroactiveAddition, false), (flag.Type, flag.IsConflict));
        Assert.Equal(ReconciliationMessages.RetroactiveExplainsJump, flag.Reason.Code);
    }

    [Fact]
    public void Reconcile_OutletQuotesYesterdaysToll_MarksStaleCitationNotConflict()
    {
        var result = Reconcile([
            Claim(1, "2024-10-31", 43204, outlet: "BBC"),
            Claim(2, "2024-11-01", 43259, outlet: "BBC"),
            Claim(3, "2024-11-01", 43204, outlet: "RT", time: "20:00"),
        ]);

        var flag = Assert.Single(result.Flags);
        Assert.Equal((FlagType.StaleCitation, false, 3L), (flag.Type, flag.IsConflict, Assert.Single(flag.ClaimIds)));
        var point = result.Point(GazaKilled, "2024-11-01");
        Assert.Equal((43259L, 43259L), (point.Reconciled.Value, point.Low));
        Assert.Equal([3L], Assert.Single(point.Sources).Restatements.Select(c => c.ClaimId));
    }

    [Fact]
    public void Reconcile_SubgroupExceedsTotal_FlagsInconsistentParts()
    {
        var result = Reconcile([
            Claim(1, "2023-11-07", 10328),
            Claim(2, "2023-11-07", 14237, key: GazaKilledOf("children")),
            Claim(3, "2023-11-07", 2719, key: GazaKilledOf("women")),
        ]);

        var flag = Assert.Single(result.Flags);
        Assert.Equal((FlagType.InconsistentParts, PointKeyOf(GazaKilledOf("children"), "2023-11-07")), (flag.Type, flag.Point));
        Assert.Equal([2L, 1L], flag.ClaimIds);
    }

    [Fact]
    public void Reconcile_DailyCountDisagreesWithCumulativeChange_FlagsInconsistentParts()
    {
        var result = Reconcile([
            Claim(1, "2023-12-07", 17177),
            Claim(2, "2023-12-08", 17487),
            Claim(3, "2023-12-08", 313, key: GazaKilledDaily with { Since = Day("2023-12-07") }),
        ]);

        var flag = Assert.Single(result.Flags);
        Assert.Equal((FlagType.InconsistentParts, PointKeyOf(GazaKilledDaily, "2023-12-08")), (flag.Type, flag.Point));
        Assert.Equal("310", flag.Reason.Args[5].Value);
    }

    [Fact]
    public void Reconcile_FortyEightHourCountMatchesTwoDayChange_FlagsNothing()
    {
        var result = Reconcile([
            Claim(1, "2024-08-10", 39790),
            Claim(2, "2024-08-12", 39897),
            Claim(3, "2024-08-12", 107, key: GazaKilledDaily with { Since = Day("2024-08-10") }),
        ]);

        Assert.Empty(result.Flags);
    }

    [Fact]
    public void Reconcile_DailyCountBelowCumulativeChangeWithDeclaredAddition_NotesAddition()
    {
        var result = Reconcile([
            Claim(1, "2026-07-09", 73118),
            Claim(2, "2026-07-11", 73221, retroactive: true),
            Claim(3, "2026-07-11", 7, key: GazaKilledDaily with { Since = Day("2026-07-09") }),
        ]);

        Assert.Equal([FlagType.RetroactiveAddition, FlagType.RetroactiveAddition], result.Flags.Select(f => f.Type));
        Assert.DoesNotContain(result.Flags, f => f.IsConflict);
    }

    [Fact]
    public void Reconcile_CountRestartsWithoutStatedStart_OpensNewSeriesInsteadOfDecrease()
    {
        var lebanon = new SeriesKey("lebanon", null, "killed", "all", Bases.Cumulative, null);
        var result = Reconcile([
            Claim(1, "2024-11-28", 3961, "lebanon_moh", lebanon),
            Claim(2, "2024-12-04", 4047, "lebanon_moh", lebanon),
            Claim(3, "2026-03-05", 123, "lebanon_moh", lebanon),
            Claim(4, "2026-03-06", 217, "lebanon_moh", lebanon),
        ]);

        var restarted = result.SeriesOf(lebanon with { Since = Day("2026-03-05") });
        Assert.Equal((true, (SeriesKey?)lebanon, 2), (restarted.SinceInferred, restarted.SplitFrom, restarted.Points.Count));
        var flag = Assert.Single(result.Flags);
        Assert.Equal((FlagType.Reset, restarted.Points[0].Key), (flag.Type, flag.Point));
    }

    [Fact]
    public void Reconcile_OneLowFigureAmongNormalOnes_FlagsDecreaseNotReset()
    {
        var result = Reconcile([Claim(1, "2024-11-28", 3961), Claim(2, "2024-11-29", 1320), Claim(3, "2024-11-30", 3990)]);

        Assert.Single(result.Series);
        Assert.Equal([FlagType.Decrease], result.Flags.Select(f => f.Type));
    }

    [Fact]
    public void Reconcile_CountWithLaterStatedStart_NotesResetBesideOlderSeries()
    {
        var sinceCeasefire = GazaKilled with { Since = Day("2025-10-11") };

        var result = Reconcile([Claim(1, "2025-10-20", 68000), Claim(2, "2025-10-20", 90, key: sinceCeasefire)]);

        var flag = Assert.Single(result.Flags);
        Assert.Equal((FlagType.Reset, PointKeyOf(sinceCeasefire, "2025-10-20")), (flag.Type, flag.Point));
    }

    private static Reconciliation.Series.PointKey PointAt(string date) => PointKeyOf(GazaKilled, date);

    private static Reconciliation.Series.PointKey PointKeyOf(SeriesKey key, string date) => Reconciliation.Series.PointKey.Of(key, Day(date));
}
