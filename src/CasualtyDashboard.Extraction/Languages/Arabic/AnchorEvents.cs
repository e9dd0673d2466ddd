using System.Globalization;

namespace CasualtyDashboard.Extraction.Languages.Arabic;

/// <summary>
/// Conflicts and disasters whose start a running toll is counted from, by the day and month an article names without a
/// year (منذ السابع من أكتوبر): that day is the event's start whatever the year of publication, not the same day of the
/// publication year. Each entry: the start day, the regions whose tolls count from it, what it is. Only days the
/// schema or the gold of the corpus date this way are listed; any other day without a year is the most recent past one.
/// </summary>
internal static class AnchorEvents
{
    private const string Table = """
        2023-10-07|gaza west_bank israel lebanon yemen|the Gaza war: the attack of 7 October 2023 (SCHEMA.md: the Gaza war tolls since 2023-10-07)
        2023-10-08|lebanon israel|the Lebanon front: Hezbollah's first strikes of 8 October 2023 (gold: Lebanese tolls since 2023-10-08)
        2025-03-18|gaza|the Gaza war resumed after the January 2025 ceasefire (gold: Gaza tolls since 2025-03-18)
        2023-02-06|turkey syria|the earthquakes of 6 February 2023 in Turkey and Syria (gold: quake tolls since 2023-02-06)
        2024-09-17|lebanon|the pager explosions of 17 September 2024 in Lebanon (gold: tolls since 2024-09-17)
        """;

    private static readonly Event[] Events = Parse(Table);

    /// <summary>The start of the Gaza war (7 October 2023).</summary>
    public static DateOnly GazaWar { get; } = Start(10, 7);

    /// <summary>The start of the Lebanon front (8 October 2023).</summary>
    public static DateOnly LebanonFront { get; } = Start(10, 8);

    /// <summary>
    /// The start of the event a day and month without a year name, for a toll of <paramref name="region"/> (any event of
    /// that day when the region is unknown) published on <paramref name="published"/> (an event that starts later is not
    /// meant); null when no listed event fits.
    /// </summary>
    public static DateOnly? Find(int month, int day, string? region, DateOnly? published)
    {
        DateOnly? found = null;
        foreach (var e in Events)
        {
            if (e.Start.Month == month && e.Start.Day == day && (published is null || e.Start <= published) && (region is null || Array.IndexOf(e.Regions, region) >= 0)
                && (found is null || e.Start > found))
            {
                found = e.Start;
            }
        }

        return found;
    }

    private static DateOnly Start(int month, int day) => Array.Find(Events, e => e.Start.Month == month && e.Start.Day == day)!.Start;

    private static Event[] Parse(string table) =>
        [.. table.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(line =>
        {
            var fields = line.Split('|');
            return new Event(DateOnly.ParseExact(fields[0], "yyyy-MM-dd", CultureInfo.InvariantCulture), fields[1].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        })];

    private sealed record Event(DateOnly Start, string[] Regions);
}
