namespace CasualtyDashboard.Data.Entities;

/// <summary>
/// An analyst's note on one figure or on one chart point (<see cref="PointKey"/> <c>"seriesKey@yyyy-MM-dd"</c>), with tags.
/// Edits and deletion are recorded in <see cref="AnnotationRevision"/>; a deleted note is kept, flagged.
/// </summary>
public sealed class Annotation
{
    public long Id { get; set; }
    public long? FigureId { get; set; }
    public Figure? Figure { get; set; }
    public string? PointKey { get; set; }

    public required string Text { get; set; }

    /// <summary>Tags as <c>;revision;disputed;</c> (separator at both ends, so one tag is found with Contains).</summary>
    public string Tags { get; set; } = "";

    public required string By { get; set; }

    /// <summary>UTC, when created.</summary>
    public DateTime At { get; set; }

    public string? UpdatedBy { get; set; }

    /// <summary>UTC, last edit or deletion.</summary>
    public DateTime? UpdatedAt { get; set; }

    public bool Deleted { get; set; }

    /// <summary>1 when created, +1 per edit or deletion (the revision count).</summary>
    public int Version { get; set; }
}
