using CasualtyDashboard.Reconciliation.Claims;
using CasualtyDashboard.Reconciliation.Conflicts;

namespace CasualtyDashboard.Jobs.Reconciliation;

/// <summary>What a run reads: every placeable claim, the analysts' decisions, and how many figures could not be placed.</summary>
public sealed record ReconciliationInput(
    IReadOnlyList<Claim> Claims, int NewsClaims, int ReferenceClaims, int UnplacedFigures,
    IReadOnlyList<Resolution> Resolutions, IReadOnlyList<Dismissal> Dismissals);
