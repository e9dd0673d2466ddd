namespace CasualtyDashboard.Jobs.Reconciliation;

public enum DecisionStatus
{
    /// <summary>The decision is stored and reconciliation was asked for.</summary>
    Stored,

    /// <summary>The input is incomplete or contradicts the conflict (no note, a claim of another point, ...).</summary>
    Invalid,

    /// <summary>No conflict has that key in the stored output.</summary>
    NotFound,
}
