using CasualtyDashboard.Reconciliation.Messages;
namespace CasualtyDashboard.Jobs.Reconciliation;

/// <summary>What a reconciliation run read and stored, and how long its parts took.</summary>
public sealed record ReconciliationRunSummary(
    int NewsClaims, int ReferenceClaims, int UnplacedFigures, int Series, int Points, int Flags, int OpenConflicts,
    TimeSpan ReadTime, TimeSpan ReconcileTime, TimeSpan WriteTime)
{
    public TimeSpan Total => ReadTime + ReconcileTime + WriteTime;

    /// <summary>The summary as the Jobs page words it.</summary>
    public Message ToMessage() => Message.Of(JobMessages.Reconciled, MessageArg.Number(NewsClaims), MessageArg.Number(ReferenceClaims),
        MessageArg.Number(UnplacedFigures), MessageArg.Number(Series), MessageArg.Number(Points), MessageArg.Number(Flags), MessageArg.Number(OpenConflicts),
        Seconds(Total), Seconds(ReadTime), Seconds(ReconcileTime), Seconds(WriteTime));

    private static MessageArg Seconds(TimeSpan time) => MessageArg.Number(Math.Round(time.TotalSeconds, 2));

    public override string ToString() =>
        $"{NewsClaims} news and {ReferenceClaims} reference claims ({UnplacedFigures} figures without reporting date or region not placed) "
        + $"-> {Series} series, {Points} points, {Flags} flags ({OpenConflicts} open conflicts) in {Total.TotalSeconds:0.00} s "
        + $"(read {ReadTime.TotalSeconds:0.00} s, reconcile {ReconcileTime.TotalSeconds:0.00} s, write {WriteTime.TotalSeconds:0.00} s)";
}
