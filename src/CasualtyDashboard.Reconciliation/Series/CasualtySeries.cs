using CasualtyDashboard.Reconciliation.Claims;

namespace CasualtyDashboard.Reconciliation.Series;

/// <summary>A series with its points in date order.</summary>
public sealed class CasualtySeries
{
    internal CasualtySeries(SeriesKey key, IReadOnlyList<SeriesPoint> points, DateTime lastChange, bool sinceInferred, SeriesKey? splitFrom)
    {
        Key = key;
        Points = points;
        LastChange = lastChange;
        SinceInferred = sinceInferred;
        SplitFrom = splitFrom;
    }

    /// <summary>The series' identity.</summary>
    public SeriesKey Key { get; }

    /// <summary>The points, oldest first, one per reporting date.</summary>
    public IReadOnlyList<SeriesPoint> Points { get; }

    /// <summary>The latest <see cref="Claim.StatedAt"/> of the series' claims.</summary>
    public DateTime LastChange { get; }

    /// <summary>The start day was not stated: a restart of the count was detected and its first reporting date taken as <see cref="SeriesKey.Since"/>.</summary>
    public bool SinceInferred { get; }

    /// <summary>The series this one was split from when its count restarted, or null.</summary>
    public SeriesKey? SplitFrom { get; }

    /// <summary>The point on <paramref name="date"/>, or null (binary search).</summary>
    public SeriesPoint? FindPoint(DateOnly date)
    {
        int lo = 0, hi = Points.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var cmp = Points[mid].Date.CompareTo(date);
            if (cmp == 0)
            {
                return Points[mid];
            }

            if (cmp < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return null;
    }
}
