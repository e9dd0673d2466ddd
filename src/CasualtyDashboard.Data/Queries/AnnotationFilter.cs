namespace CasualtyDashboard.Data.Queries;

/// <summary>Filters of the annotations list. <see cref="Text"/> matches the note; <see cref="Tag"/> one tag exactly.</summary>
public sealed record AnnotationFilter(string? Text = null, string? Tag = null, bool IncludeDeleted = false);
