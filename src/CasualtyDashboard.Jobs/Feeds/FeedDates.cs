using System.Globalization;

namespace CasualtyDashboard.Jobs.Feeds;

/// <summary>
/// Dates of feed items: RFC 822 (RSS <c>pubDate</c>, "Tue, 07 Nov 2023 10:00:00 +0200") and ISO 8601 (Atom
/// <c>published</c>/<c>updated</c>). The result is the calendar day as the feed writes it, in the feed's own offset:
/// the day the outlet printed, which is what an analyst sees on the page.
/// </summary>
public static class FeedDates
{
    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>The day of an RFC 822 date (two-digit years, any zone name, optional seconds); ISO 8601 is accepted too.</summary>
    public static DateOnly? ParseRfc822(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var text = value.Trim();
        var comma = text.IndexOf(',');
        if (comma >= 0 && comma <= 10) text = text[(comma + 1)..];
        var parts = text.Split([' ', '\t', '-'], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length >= 3
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            && MonthOf(parts[1]) is { } month
            && int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            if (parts[2].Length == 2) year += year < 70 ? 2000 : 1900;
            return year is >= 1900 and <= 9999 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
        }
        return ParseIso8601(value);
    }

    /// <summary>The day of an ISO 8601 date-time ("2023-11-07T23:30:00+03:00" is 7 November).</summary>
    public static DateOnly? ParseIso8601(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        return DateTimeOffset.TryParse(value.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out var parsed)
            ? DateOnly.FromDateTime(parsed.DateTime)
            : null;
    }

    private static int? MonthOf(string name)
    {
        if (name.Length < 3) return null;
        var index = Array.IndexOf(Months, name[..3].ToLowerInvariant());
        return index < 0 ? null : index + 1;
    }
}
