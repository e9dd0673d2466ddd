using System.Globalization;
using CasualtyDashboard.Reconciliation.Claims;
using CasualtyDashboard.Reconciliation.Conflicts;
using CasualtyDashboard.Reconciliation.Series;

namespace CasualtyDashboard.Reconciliation.Tests;

/// <summary>Builds hand-made claims for small timelines, and finds things in a result.</summary>
internal static class Timeline
{
    public static readonly DateOnly WarStart = new(2023, 10, 7);

    public static readonly SeriesKey GazaKilled = new("gaza", null, "killed", "all", Bases.Cumulative, WarStart);

    public static SeriesKey GazaKilledOf(string subgroup) => GazaKilled with { Subgroup = subgroup };

    public static readonly SeriesKey GazaKilledDaily = new("gaza", null, "killed", "all", Bases.Period, null);

    public static DateOnly Day(string date) => DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static Claim Claim(
        long id,
        string date,
        long value,
        string authority = "gaza_moh",
        SeriesKey? key = null,
        string? outlet = "Al Jazeera",
        string time = "12:00",
        string qualifier = Qualifiers.Exact,
        bool retroactive = false,
        bool reference = false) =>
        new(
            id,
            key ?? GazaKilled,
            Day(date),
            value,
            qualifier,
            authority,
            reference ? "Tech for Palestine" : outlet,
            reference ? null : id * 10,
            null,
            $"claim {id}",
            DateTime.ParseExact($"{date} {time}", "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal),
            retroactive,
            reference);

    /// <summary>One claim a day from <paramref name="firstDate"/>, for a source's steady timeline.</summary>
    public static IEnumerable<Claim> Daily(long firstId, string firstDate, IEnumerable<long> values, string authority = "gaza_moh", bool reference = false) =>
        values.Select((v, i) => Claim(firstId + i, Day(firstDate).AddDays(i).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), v, authority, reference: reference));

    public static ReconciliationResult Reconcile(IEnumerable<Claim> claims, ReconciliationOptions? options = null) =>
        new Reconciler(options).Reconcile(claims);

    public static CasualtySeries SeriesOf(this ReconciliationResult result, SeriesKey key) => result.Series.Single(s => s.Key == key);

    public static SeriesPoint Point(this ReconciliationResult result, SeriesKey key, string date) =>
        result.SeriesOf(key).FindPoint(Day(date)) ?? throw new InvalidOperationException($"No point {key} {date}.");

    public static IEnumerable<Flag> Of(this IEnumerable<Flag> flags, FlagType type) => flags.Where(f => f.Type == type);
}
