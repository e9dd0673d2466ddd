using CasualtyDashboard.Reconciliation.Claims;
using CasualtyDashboard.Reconciliation.Series;

namespace CasualtyDashboard.Reconciliation.Conflicts;

/// <summary>
/// An analyst's decision on a point's value: a chosen claim or an entered value, with a required note.
/// It targets a point, and optionally the conflict that prompted it; it never changes a claim.
/// </summary>
public sealed record Resolution
{
    /// <summary>Creates a resolution; the note and the analyst's name are required.</summary>
    /// <param name="point">The point whose value is decided.</param>
    /// <param name="conflict">The conflict resolved, or null for a decision on the point as a whole (it resolves every flag of the point).</param>
    /// <param name="chosenClaimId">The chosen claim, or null for an entered value.</param>
    /// <param name="value">The decided value (the chosen claim's value when a claim is chosen: it stands even if the claim is re-extracted away).</param>
    /// <param name="note">Why; required.</param>
    /// <param name="by">Who decided; required.</param>
    /// <param name="at">When (UTC).</param>
    public Resolution(PointKey point, ConflictKey? conflict, long? chosenClaimId, long value, string note, string by, DateTime at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(point.Value, nameof(point));
        ArgumentException.ThrowIfNullOrWhiteSpace(note);
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        Point = point;
        Conflict = conflict;
        ChosenClaimId = chosenClaimId;
        Value = value;
        Note = note;
        By = by;
        At = at;
    }

    /// <summary>The point whose value is decided.</summary>
    public PointKey Point { get; }

    /// <summary>The conflict resolved, or null for a decision on the point as a whole.</summary>
    public ConflictKey? Conflict { get; }

    /// <summary>The chosen claim, or null for an entered value.</summary>
    public long? ChosenClaimId { get; }

    /// <summary>The decided value.</summary>
    public long Value { get; }

    /// <summary>Why.</summary>
    public string Note { get; }

    /// <summary>Who decided.</summary>
    public string By { get; }

    /// <summary>When (UTC).</summary>
    public DateTime At { get; }

    /// <summary>Resolves <paramref name="flag"/> by choosing <paramref name="claim"/>.</summary>
    public static Resolution ChooseClaim(Flag flag, Claim claim, string note, string by, DateTime at) =>
        new(flag.Point, flag.Key, claim.ClaimId, claim.Value, note, by, at);

    /// <summary>Resolves <paramref name="flag"/> with an entered value.</summary>
    public static Resolution EnterValue(Flag flag, long value, string note, string by, DateTime at) =>
        new(flag.Point, flag.Key, null, value, note, by, at);
}
