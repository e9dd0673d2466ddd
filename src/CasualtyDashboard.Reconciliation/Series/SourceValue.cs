using CasualtyDashboard.Reconciliation.Claims;

namespace CasualtyDashboard.Reconciliation.Series;

/// <summary>
/// One source's value for a point: the claims of one authority on one day (a reference series being a source of its own),
/// collapsed to the latest statement, with the earlier statements kept as its history.
/// </summary>
/// <param name="Authority">The issuing authority.</param>
/// <param name="IsReference">The source is an imported published series.</param>
/// <param name="Tier">The authority's priority tier (0 is highest).</param>
/// <param name="Latest">The latest statement, whose value is the source's value; for a restatement-only source, its latest stale claim.</param>
/// <param name="History">The source's other current claims, oldest first.</param>
/// <param name="Restatements">Claims that restate an earlier date's value (stale citations), oldest first.</param>
/// <param name="IsRestatementOnly">Every claim of the source only restates an earlier date: it takes no part in the point's value or conflicts.</param>
public sealed record SourceValue(
    string Authority,
    bool IsReference,
    int Tier,
    Claim Latest,
    IReadOnlyList<Claim> History,
    IReadOnlyList<Claim> Restatements,
    bool IsRestatementOnly)
{
    /// <summary>The source's value for the day.</summary>
    public long Value => Latest.Value;

    /// <summary>The source's label in sentences: the authority, marked when it is a reference series.</summary>
    public string Label => IsReference ? $"{Authority} (reference)" : Authority;

    /// <summary>Every claim of the source: history, latest and restatements.</summary>
    public IEnumerable<Claim> Claims => IsRestatementOnly ? Restatements : History.Append(Latest).Concat(Restatements);
}
