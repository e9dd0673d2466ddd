using CasualtyDashboard.Reconciliation.Messages;
using CasualtyDashboard.Reconciliation.Series;

namespace CasualtyDashboard.Reconciliation.Conflicts;

/// <summary>A conflict or note raised on a point, with the claims involved, a sentence saying why, and the analyst's decision.</summary>
/// <param name="Key">The stable identity decisions attach to.</param>
/// <param name="Type">What the flag says.</param>
/// <param name="Point">The point it is raised on.</param>
/// <param name="ClaimIds">The claims involved.</param>
/// <param name="Reason">Why, as a message the interface words.</param>
/// <param name="State">Open, resolved or dismissed.</param>
/// <param name="Resolution">The resolution, when resolved.</param>
/// <param name="Dismissal">The dismissal, when dismissed.</param>
public sealed record Flag(
    ConflictKey Key,
    FlagType Type,
    PointKey Point,
    IReadOnlyList<long> ClaimIds,
    Message Reason,
    FlagState State,
    Resolution? Resolution,
    Dismissal? Dismissal)
{
    /// <summary>True for a conflict; false for a note (stale citation, retroactive addition, reset).</summary>
    public bool IsConflict => Type.IsConflict();
}
