namespace CasualtyDashboard.Data.Entities;

/// <summary>An analyst's judgement that a flag is no conflict (a different scope, say), with a required note. Never changed nor deleted.</summary>
public sealed class AnalystDismissal : IKeyHashed
{
    public long Id { get; set; }
    public required string ConflictKey { get => _conflictKey; set { _conflictKey = value; ConflictKeyHash = KeyHash.Of(value); } }
    private string _conflictKey = "";

    /// <summary><see cref="KeyHash"/> of <see cref="ConflictKey"/>, set with it: the indexed column.</summary>
    public string? ConflictKeyHash { get; private set; }
    public required string Note { get; set; }
    public required string By { get; set; }

    /// <summary>UTC.</summary>
    public DateTime At { get; set; }

    void IKeyHashed.RefreshKeyHash() => ConflictKeyHash = KeyHash.Of(ConflictKey);
}
