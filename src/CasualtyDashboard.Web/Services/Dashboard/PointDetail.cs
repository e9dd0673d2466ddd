using CasualtyDashboard.Data.Queries;

namespace CasualtyDashboard.Web.Services.Dashboard;

/// <summary>
/// A clicked point of the chart: every claim with its evidence, the reconciled value and rule, the flags raised on it and its
/// notes; <see cref="Sentences"/> holds the whole sentence of each news claim (by figure id) read from its article.
/// </summary>
public sealed record PointDetail(PointView Point, IReadOnlyList<ConflictView> Flags, IReadOnlyList<AnnotationView> Notes)
{
    public IReadOnlyDictionary<long, EvidenceSentence> Sentences { get; init; } = new Dictionary<long, EvidenceSentence>();
}
