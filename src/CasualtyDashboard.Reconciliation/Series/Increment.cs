namespace CasualtyDashboard.Reconciliation.Series;

/// <summary>The change of a cumulative series' reconciled value since its previous point.</summary>
/// <param name="Change">Reconciled value minus the previous point's.</param>
/// <param name="Days">Days since the previous point (1 for consecutive days).</param>
public sealed record Increment(long Change, int Days)
{
    /// <summary>The change spread evenly over the days it covers.</summary>
    public double PerDay => (double)Change / Days;
}
