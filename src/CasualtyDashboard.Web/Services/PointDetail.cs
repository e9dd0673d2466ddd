using CasualtyDashboard.Data.Queries;

namespace CasualtyDashboard.Web.Services;

/// <summary>A clicked point of the chart: every claim with its evidence, the reconciled value and rule, the flags raised on it and its notes.</summary>
public sealed record PointDetail(PointView Point, IReadOnlyList<ConflictView> Flags, IReadOnlyList<AnnotationView> Notes);
