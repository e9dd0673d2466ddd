namespace CasualtyDashboard.Data.Queries;

public sealed record AnnotationPage(IReadOnlyList<AnnotationView> Rows, int Total);
