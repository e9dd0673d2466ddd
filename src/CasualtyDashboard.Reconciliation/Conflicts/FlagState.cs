namespace CasualtyDashboard.Reconciliation.Conflicts;

/// <summary>Where an analyst left a flag.</summary>
public enum FlagState
{
    /// <summary>No decision yet.</summary>
    Open,

    /// <summary>An analyst chose a claim or entered a value.</summary>
    Resolved,

    /// <summary>An analyst judged it no conflict (a different scope, say).</summary>
    Dismissed,
}
