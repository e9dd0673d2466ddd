using CasualtyDashboard.Reconciliation.Series;

namespace CasualtyDashboard.Reconciliation.Conflicts;

/// <summary>Analysts' resolutions and dismissals indexed by the keys they attach to; the latest decision on a key wins.</summary>
internal sealed class AnalystDecisions
{
    private readonly Dictionary<PointKey, Resolution> _byPoint = [];
    private readonly Dictionary<PointKey, Resolution> _pointLevel = [];
    private readonly Dictionary<ConflictKey, Resolution> _byConflict = [];
    private readonly Dictionary<ConflictKey, Dismissal> _dismissals = [];

    public AnalystDecisions(IEnumerable<Resolution>? resolutions, IEnumerable<Dismissal>? dismissals)
    {
        foreach (var resolution in resolutions ?? [])
        {
            KeepLatest(_byPoint, resolution.Point, resolution, r => r.At);
            if (resolution.Conflict is { } conflict)
            {
                KeepLatest(_byConflict, conflict, resolution, r => r.At);
            }
            else
            {
                KeepLatest(_pointLevel, resolution.Point, resolution, r => r.At);
            }
        }

        foreach (var dismissal in dismissals ?? [])
        {
            KeepLatest(_dismissals, dismissal.Conflict, dismissal, d => d.At);
        }
    }

    /// <summary>The latest resolution deciding the point's value, whichever conflict prompted it.</summary>
    public Resolution? ForPoint(PointKey point) => _byPoint.GetValueOrDefault(point);

    public (FlagState State, Resolution? Resolution, Dismissal? Dismissal) StateOf(ConflictKey key, PointKey point)
    {
        var resolution = _byConflict.GetValueOrDefault(key) ?? _pointLevel.GetValueOrDefault(point);
        var dismissal = _dismissals.GetValueOrDefault(key);
        if (dismissal is not null && (resolution is null || dismissal.At > resolution.At))
        {
            return (FlagState.Dismissed, null, dismissal);
        }

        return resolution is null ? (FlagState.Open, null, null) : (FlagState.Resolved, resolution, null);
    }

    private static void KeepLatest<TKey, TValue>(Dictionary<TKey, TValue> map, TKey key, TValue value, Func<TValue, DateTime> at)
        where TKey : notnull
    {
        if (!map.TryGetValue(key, out var existing) || at(value) >= at(existing))
        {
            map[key] = value;
        }
    }
}
