namespace CasualtyDashboard.Data.Entities;

/// <summary>
/// An analyst's decision on a point's value (a chosen claim or an entered value) with a required note. Never changed nor
/// deleted: a later decision on the same key wins. Claims are never touched.
/// </summary>
public sealed class AnalystResolution : IKeyHashed
{
    public long Id { get; set; }
    public required string PointKey { get; set; }

    /// <summary>The conflict that prompted it, or null for a decision on the point as a whole.</summary>
    public string? ConflictKey { get => _conflictKey; set { _conflictKey = value; ConflictKeyHash = KeyHash.Of(value); } }
    private string? _conflictKey;

    /// <summary><see cref="KeyHash"/> of <see cref="ConflictKey"/>, set with it: the indexed column.</summary>
    public string? ConflictKeyHash { get; private set; }

    public long? ChosenClaimId { get; set; }
    public long Value { get; set; }
    public required string Note { get; set; }
    public required string By { get; set; }

    /// <summary>UTC.</summary>
    public DateTime At { get; set; }

    void IKeyHashed.RefreshKeyHash() => ConflictKeyHash = KeyHash.Of(ConflictKey);
}
