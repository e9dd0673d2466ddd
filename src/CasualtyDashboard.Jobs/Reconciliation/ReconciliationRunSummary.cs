namespace CasualtyDashboard.Jobs.Reconciliation;

/// <summary>What a reconciliation run read and stored, and how long its parts took.</summary>
public sealed record ReconciliationRunSummary(
    int NewsClaims, int ReferenceClaims, int UnplacedFigures, int Series, int Points, int Flags, int OpenConflicts,
    TimeSpan ReadTime, TimeSpan ReconcileTime, TimeSpan WriteTime)
{
    public TimeSpan Total => ReadTime + ReconcileTime + WriteTime;

    public override string ToString() =>
        $"{NewsClaims} news and {ReferenceClaims} reference claims ({UnplacedFigures} figures without reporting date or region not placed) "
        + $"-> {Series} series, {Points} points, {Flags} flags ({OpenConflicts} open conflicts) in {Total.TotalSeconds:0.00} s "
        + $"(read {ReadTime.TotalSeconds:0.00} s, reconcile {ReconcileTime.TotalSeconds:0.00} s, write {WriteTime.TotalSeconds:0.00} s)";
}
