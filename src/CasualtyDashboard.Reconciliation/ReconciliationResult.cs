using CasualtyDashboard.Reconciliation.Conflicts;
using CasualtyDashboard.Reconciliation.Series;

namespace CasualtyDashboard.Reconciliation;

/// <summary>What a reconciliation run produces: every series with its points, and every flag raised.</summary>
/// <param name="Series">The series, ordered by key.</param>
/// <param name="Flags">Every flag, also filed on its point.</param>
public sealed record ReconciliationResult(IReadOnlyList<CasualtySeries> Series, IReadOnlyList<Flag> Flags);
