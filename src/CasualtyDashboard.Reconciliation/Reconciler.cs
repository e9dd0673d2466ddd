using CasualtyDashboard.Reconciliation.Claims;
using CasualtyDashboard.Reconciliation.Conflicts;
using CasualtyDashboard.Reconciliation.Series;

namespace CasualtyDashboard.Reconciliation;

/// <summary>
/// Turns claims into series, points, reconciled values and flags. Pure and deterministic: the same claims and decisions
/// give the same result, so decisions stored against keys re-attach on every run. An instance holds only its options.
/// </summary>
public sealed class Reconciler
{
    /// <summary>Creates a reconciler with <paramref name="options"/>, or the defaults.</summary>
    public Reconciler(ReconciliationOptions? options = null) => Options = options ?? new ReconciliationOptions();

    /// <summary>The settings of every run.</summary>
    public ReconciliationOptions Options { get; }

    /// <summary>Reconciles <paramref name="claims"/>, applying analysts' <paramref name="resolutions"/> and <paramref name="dismissals"/>.</summary>
    /// <param name="claims">News-extracted and reference claims, in any order.</param>
    /// <param name="resolutions">Stored resolutions; the latest per key wins.</param>
    /// <param name="dismissals">Stored dismissals; the latest per key wins, and a later resolution overrides a dismissal.</param>
    public ReconciliationResult Reconcile(
        IEnumerable<Claim> claims, IEnumerable<Resolution>? resolutions = null, IEnumerable<Dismissal>? dismissals = null)
    {
        ArgumentNullException.ThrowIfNull(claims);
        var ranking = new AuthorityRanking(Options.AuthorityPriority);
        var decisions = new AnalystDecisions(resolutions, dismissals);
        var sink = new FlagSink(decisions);
        var assembler = new SeriesAssembler(Options, ranking, decisions, sink);
        var series = SeriesGrouping.Group(claims, ranking, Options).ConvertAll(assembler.Assemble);
        new CrossSeriesChecks(series, sink).Run();
        return new ReconciliationResult(series, sink.All);
    }
}
