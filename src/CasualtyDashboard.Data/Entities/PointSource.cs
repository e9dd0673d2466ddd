using System.Text.Json.Serialization;

namespace CasualtyDashboard.Data.Entities;

/// <summary>One source's claims on a point, as stored in <see cref="ReconciledPoint.Sources"/>.</summary>
/// <param name="Authority">The issuing authority.</param>
/// <param name="IsReference">The source is an imported published series.</param>
/// <param name="Value">The source's value for the day (its latest statement).</param>
/// <param name="Latest">The claim whose value is the source's value.</param>
/// <param name="History">The source's earlier statements of the day.</param>
/// <param name="Restatements">Claims that restate an earlier date's value (stale citations).</param>
/// <param name="RestatementOnly">Every claim of the source only restates an earlier date: it takes no part in the value.</param>
public sealed record PointSource(
    string Authority, bool IsReference, long Value, long Latest, IReadOnlyList<long> History, IReadOnlyList<long> Restatements, bool RestatementOnly)
{
    /// <summary>Every claim id of the source.</summary>
    [JsonIgnore]
    public IEnumerable<long> ClaimIds => RestatementOnly ? Restatements : History.Append(Latest).Concat(Restatements);
}
