using CasualtyDashboard.Reconciliation.Conflicts;
using CasualtyDashboard.Reconciliation.Messages;

namespace CasualtyDashboard.Reconciliation.Series;

/// <summary>The value a point settles on, with the rule that chose it and the claims it rests on.</summary>
/// <param name="Value">The reconciled number.</param>
/// <param name="Rule">The rule that chose it.</param>
/// <param name="ClaimIds">The claims citing that value (the chosen claim for a resolution; none for an entered value).</param>
/// <param name="Explanation">Why, as a message the interface words.</param>
/// <param name="Resolution">The analyst's resolution when <paramref name="Rule"/> is <see cref="ReconciliationRule.AnalystResolution"/>.</param>
public sealed record ReconciledValue(
    long Value,
    ReconciliationRule Rule,
    IReadOnlyList<long> ClaimIds,
    Message Explanation,
    Resolution? Resolution = null);
