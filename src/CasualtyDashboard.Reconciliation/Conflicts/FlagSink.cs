using CasualtyDashboard.Reconciliation.Messages;
using CasualtyDashboard.Reconciliation.Series;

namespace CasualtyDashboard.Reconciliation.Conflicts;

/// <summary>Raises flags: builds their keys, attaches analysts' decisions, and files them on their point and in the run's list.</summary>
internal sealed class FlagSink(AnalystDecisions decisions)
{
    public List<Flag> All { get; } = [];

    public void Raise(FlagType type, SeriesPoint point, IEnumerable<string> sources, IEnumerable<long> claimIds, Message reason)
    {
        var key = ConflictKey.Of(type, point.Key, sources);
        var (state, resolution, dismissal) = decisions.StateOf(key, point.Key);
        var flag = new Flag(key, type, point.Key, claimIds.Distinct().ToArray(), reason, state, resolution, dismissal);
        point.AddFlag(flag);
        All.Add(flag);
    }
}
