namespace CasualtyDashboard.Data.Entities;

/// <summary>A conflict or note of the last reconciliation run, with the analyst's decision that applies to it.</summary>
public sealed class ReconciliationFlag : IKeyHashed
{
    public long Id { get; set; }

    /// <summary>The stable key, <c>type#point-key#sources</c>: the same conflict has the same key in every run.</summary>
    public required string Key { get => _key; set { _key = value; KeyHash = Entities.KeyHash.Of(value); } }
    private string _key = "";

    /// <summary><see cref="Entities.KeyHash"/> of <see cref="Key"/>, set with it: the unique column.</summary>
    public string? KeyHash { get; private set; }

    /// <summary><c>cross_source</c>, <c>transcription</c>, <c>stale_citation</c>, ...</summary>
    public required string Type { get; set; }

    /// <summary>False for notes (stale citation, retroactive addition, reset).</summary>
    public bool IsConflict { get; set; }

    /// <summary><c>open</c>, <c>resolved</c> or <c>dismissed</c>.</summary>
    public required string State { get; set; }

    public required string Reason { get; set; }
    public List<long> ClaimIds { get; set; } = [];

    public long SeriesId { get; set; }
    public ReconciledSeries? Series { get; set; }

    public required string PointKey { get; set; }
    public DateOnly Date { get; set; }

    /// <summary>Who decided, when (UTC) and why, when resolved or dismissed.</summary>
    public string? DecisionBy { get; set; }
    public DateTime? DecisionAt { get; set; }
    public string? DecisionNote { get; set; }

    /// <summary>The decided value and the chosen claim, when resolved.</summary>
    public long? ResolvedValue { get; set; }
    public long? ChosenClaimId { get; set; }

    void IKeyHashed.RefreshKeyHash() => KeyHash = Entities.KeyHash.Of(Key);
}
