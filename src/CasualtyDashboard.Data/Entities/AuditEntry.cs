namespace CasualtyDashboard.Data.Entities;

/// <summary>
/// One write an analyst or a script made: who (<see cref="Actor"/>), when, what (<see cref="Action"/> on an entity) and
/// the fields before and after, as compact JSON. Stored in the same transaction as the write it records, never changed.
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    /// <summary>UTC.</summary>
    public DateTime At { get; set; }

    /// <summary>Who made the write (<c>CurrentAnalyst.Name</c>: an analyst, or <c>key:NAME</c> for an API key).</summary>
    public required string Actor { get; set; }

    /// <summary>A code such as <c>figure.review</c> or <c>feed.add</c> (see <c>Audit.AuditActions</c>).</summary>
    public required string Action { get; set; }

    /// <summary>What kind of thing was written: <c>figure</c>, <c>note</c>, <c>conflict</c>, <c>feed</c>, <c>articles</c>, <c>reference</c>.</summary>
    public required string EntityType { get; set; }

    /// <summary>Which one: an id, a conflict key, a dataset code; null when the write touched a set (every failed article).</summary>
    public string? EntityKey { get; set; }

    /// <summary>The changed fields before the write, JSON; null for a creation.</summary>
    public string? Before { get; set; }

    /// <summary>The changed fields after the write, JSON; null for a deletion.</summary>
    public string? After { get; set; }
}
