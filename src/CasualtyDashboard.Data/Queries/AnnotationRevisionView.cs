namespace CasualtyDashboard.Data.Queries;

/// <summary>One recorded state of an annotation (created, edited, deleted).</summary>
public sealed record AnnotationRevisionView(int Version, string Action, string Text, IReadOnlyList<string> Tags, string By, DateTime At);
