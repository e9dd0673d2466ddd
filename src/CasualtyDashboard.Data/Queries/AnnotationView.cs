namespace CasualtyDashboard.Data.Queries;

/// <summary>An annotation as pages and exports show it.</summary>
public sealed record AnnotationView(
    long Id,
    long? FigureId,
    string? PointKey,
    string Text,
    IReadOnlyList<string> Tags,
    string By,
    DateTime At,
    string? UpdatedBy,
    DateTime? UpdatedAt,
    int Version,
    bool Deleted);
