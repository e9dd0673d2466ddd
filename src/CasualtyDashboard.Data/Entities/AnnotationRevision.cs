namespace CasualtyDashboard.Data.Entities;

/// <summary>One state of an annotation as written: created, edited or deleted, by whom and when.</summary>
public sealed class AnnotationRevision
{
    public long Id { get; set; }
    public long AnnotationId { get; set; }
    public Annotation? Annotation { get; set; }
    public int Version { get; set; }

    /// <summary><c>created</c>, <c>edited</c> or <c>deleted</c>.</summary>
    public required string Action { get; set; }

    public required string Text { get; set; }
    public string Tags { get; set; } = "";
    public required string By { get; set; }

    /// <summary>UTC.</summary>
    public DateTime At { get; set; }
}
