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

    /// <inheritdoc />
    public override string ToString() => Value;
}
