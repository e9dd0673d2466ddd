using System.Globalization;
using CasualtyDashboard.Reconciliation.Claims;

namespace CasualtyDashboard.Reconciliation.Series;

/// <summary>The stable identity of a point (series and reporting date), stored with point-level resolutions.</summary>
/// <param name="Value">The canonical text, <c>series-key@yyyy-MM-dd</c>.</param>
public readonly record struct PointKey(string Value)
{
    /// <summary>The key of the point of <paramref name="series"/> on <paramref name="date"/>.</summary>
    public static PointKey Of(SeriesKey series, DateOnly date) =>
        new($"{series}@{date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");

    /// <summary>
    /// Reads <c>series-key@yyyy-MM-dd</c> (the last '@' divides them): false when there is no series key before it or no
    /// such day after it.
    /// </summary>
    public static bool TryParse(string? text, out string seriesKey, out DateOnly date)
    {
        var at = text?.LastIndexOf('@') ?? -1;
        if (at > 0 && DateOnly.TryParseExact(text.AsSpan(at + 1), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            seriesKey = text![..at];
            return true;
        }
        (seriesKey, date) = ("", default);
        return false;
    }

    /// <inheritdoc />
    public override string ToString() => Value;
}
