using CasualtyDashboard.Reconciliation.Series;

namespace CasualtyDashboard.Reconciliation.Conflicts;

/// <summary>
/// The stable identity of a flag: type, point (series key and date) and the sources involved, so a decision made earlier
/// re-attaches after re-extraction and re-reconciliation.
/// </summary>
/// <param name="Value">The canonical text, <c>type#point-key#source,source</c>.</param>
public readonly record struct ConflictKey(string Value)
{
    /// <summary>The key of a flag of <paramref name="type"/> on <paramref name="point"/> involving <paramref name="sources"/> (order and repeats ignored).</summary>
    public static ConflictKey Of(FlagType type, PointKey point, IEnumerable<string> sources) =>
        new($"{type.Code()}#{point.Value}#{string.Join(',', sources.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))}");

    /// <inheritdoc />
    public override string ToString() => Value;
}
