using CasualtyDashboard.Reconciliation.Claims;
using CasualtyDashboard.Reconciliation.Conflicts;

namespace CasualtyDashboard.Reconciliation.Series;

/// <summary>
/// The headline of one toll (a cumulative series): its latest reconciled value, as of which day, from whom, with the
/// evidence, how many independent sources agree, and a confidence level an analyst can filter on (in the way incident
/// trackers grade contested tolls).
/// </summary>
/// <param name="Series">The toll.</param>
/// <param name="Value">The latest reconciled value.</param>
/// <param name="AsOf">Its reporting date.</param>
/// <param name="Authority">The authority the value comes from (of the highest-ranked source giving it), or null for an entered value.</param>
/// <param name="FromReference">The value comes from a published series.</param>
/// <param name="Outlet">The outlet of the leading claim, or null.</param>
/// <param name="Evidence">The sentence (or published field) stating it; for an entered value, the analyst's note.</param>
/// <param name="ClaimId">The leading claim, or null for an entered value.</param>
/// <param name="AgreeingSources">Independent sources (outlets; a published series counts once) whose value agrees within the tolerance.</param>
/// <param name="OpenConflicts">Open conflicts on the point.</param>
/// <param name="Rule">How the value was chosen.</param>
/// <param name="Confidence">The grade.</param>
public sealed record TollHeadline(
    SeriesKey Series, long Value, DateOnly AsOf, string? Authority, bool FromReference, string? Outlet, string Evidence, long? ClaimId,
    int AgreeingSources, int OpenConflicts, ReconciliationRule Rule, HeadlineConfidence Confidence)
{
    /// <summary>The headline of every cumulative series of <paramref name="result"/>, by series key.</summary>
    public static IReadOnlyList<TollHeadline> Of(ReconciliationResult result, ReconciliationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        options ??= new ReconciliationOptions();
        return result.Series.Where(s => s.Key.IsCumulative && s.Points.Count > 0).Select(s => Of(s.Points[^1], options)).ToList();
    }

    private static TollHeadline Of(SeriesPoint point, ReconciliationOptions options)
    {
        var sources = point.Sources.Where(s => !s.IsRestatementOnly).ToList();
        var reconciled = point.Reconciled;
        var leading = sources.Where(s => s.Value == reconciled.Value).OrderBy(s => s.Tier).ThenByDescending(s => s.IsReference).FirstOrDefault();
        var agreeingClaims = sources.SelectMany(s => s.Current).Where(c => options.Agree(c.Value, reconciled.Value)).ToList();
        var agreeing = agreeingClaims.Select(SourceValue.IndependenceKey).Distinct(StringComparer.Ordinal).Count();
        var open = point.Flags.Count(f => f.IsConflict && f.State == FlagState.Open);
        var firstHand = reconciled.Rule == ReconciliationRule.AnalystResolution
            || agreeingClaims.Exists(c => c.IsReference || c.IsOwnPublication(options));
        return new TollHeadline(
            point.Series, reconciled.Value, point.Date, leading?.Authority, leading?.IsReference ?? false, leading?.Latest.Outlet,
            leading?.Latest.Evidence ?? reconciled.Resolution?.Note ?? "", leading?.Latest.ClaimId, agreeing, open, reconciled.Rule, Grade(open, firstHand, agreeing));
    }

    /// <summary>
    /// The grade of a headline: contested with open conflicts; else high when first-hand (the authority's own publication,
    /// a published series or an analyst's decision) and confirmed by another independent source; medium for one of the
    /// two; low for a single secondary quote.
    /// </summary>
    public static HeadlineConfidence Grade(int openConflicts, bool firstHand, int agreeingSources) =>
        openConflicts > 0 ? HeadlineConfidence.Contested
        : firstHand && agreeingSources >= 2 ? HeadlineConfidence.High
        : firstHand || agreeingSources >= 2 ? HeadlineConfidence.Medium
        : HeadlineConfidence.Low;
}

/// <summary>How far a toll's headline can be trusted.</summary>
public enum HeadlineConfidence
{
    /// <summary>Open conflicts on the point: sources disagree and no analyst has decided.</summary>
    Contested,

    /// <summary>One secondary quote, nothing agreeing.</summary>
    Low,

    /// <summary>The authority's own publication (or a published series, or an analyst's decision), or two independent sources agreeing.</summary>
    Medium,

    /// <summary>First-hand and confirmed by at least one other independent source.</summary>
    High,
}
