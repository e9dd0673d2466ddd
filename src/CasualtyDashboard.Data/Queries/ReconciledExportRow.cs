namespace CasualtyDashboard.Data.Queries;

/// <summary>
/// One reconciled point as the reconciled export writes it: its series, the point with its claims, the flags raised on it
/// (conflicts and notes, with the decision that applies), and the analysts' notes on it.
/// </summary>
public sealed record ReconciledExportRow(SeriesSummary Series, PointView Point, IReadOnlyList<ConflictView> Flags, IReadOnlyList<AnnotationView> Notes);
