using CasualtyDashboard.Reconciliation.Claims;

namespace CasualtyDashboard.Reconciliation.Series;

/// <summary>
/// One source's value for a point: the claims of one authority on one day (a reference series being a source of its own),
/// collapsed to one statement (see <see cref="Selection"/>: the authority's own publication, else the value most
/// independent outlets cite, else the latest statement), with its other statements kept as its history.
/// </summary>
/// <param name="Authority">The issuing authority.</param>
/// <param name="IsReference">The source is an imported published series.</param>
/// <param name="Tier">The authority's priority tier (0 is highest).</param>
/// <param name="Latest">The chosen statement, whose value is the source's value (the latest one when all agree); for a restatement-only source, its latest stale claim.</param>
/// <param name="History">The source's other current claims, oldest first.</param>
/// <param name="Restatements">Claims that restate an earlier date's value (stale citations), oldest first.</param>
/// <param name="IsRestatementOnly">Every claim of the source only restates an earlier date: it takes no part in the point's value or conflicts.</param>
public sealed record SourceValue(
    string Authority,
    bool IsReference,
    int Tier,
    Claim Latest,
    IReadOnlyList<Claim> History,
    IReadOnlyList<Claim> Restatements,
    bool IsRestatementOnly)
{
    /// <summary>The source's value for the day.</summary>
    public long Value => Latest.Value;

    /// <summary>The source's label in sentences: the authority, marked when it is a reference series.</summary>
    public string Label => IsReference ? $"{Authority} (reference)" : Authority;

    /// <summary>How <see cref="Latest"/> was chosen among the source's current claims.</summary>
    public SourceSelection Selection { get; init; } = SourceSelection.Single;

    /// <summary>Values the source itself later replaced for this day (a published series' revisions), oldest first.</summary>
    public IReadOnlyList<Claim> Superseded { get; init; } = [];

    /// <summary>The claims the source's value rests on and the ones it outweighed: history and latest (none for a restatement-only source).</summary>
    public IEnumerable<Claim> Current => IsRestatementOnly ? [] : History.Append(Latest);

    /// <summary>Every claim of the source: history, latest, restatements and superseded values.</summary>
    public IEnumerable<Claim> Claims => (IsRestatementOnly ? Restatements : History.Append(Latest).Concat(Restatements)).Concat(Superseded);

    /// <summary>How many independent sources (outlets; a published series counts once) cite <paramref name="value"/> among <paramref name="claims"/>.</summary>
    public static int IndependentCount(IEnumerable<Claim> claims, long value) =>
        claims.Where(c => c.Value == value).Select(IndependenceKey).Distinct(StringComparer.Ordinal).Count();

    /// <summary>Claims of one outlet (or one article, when the outlet is unknown) are one source; a published series is one.</summary>
    public static string IndependenceKey(Claim claim) =>
        claim.IsReference ? "reference:" + claim.Authority
        : claim.Outlet is { Length: > 0 } outlet ? "outlet:" + outlet
        : claim.ArticleId is { } article ? "article:" + article.ToString(System.Globalization.CultureInfo.InvariantCulture)
        : "claim:" + claim.ClaimId.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>How a source's value was chosen among its claims of the day.</summary>
public enum SourceSelection
{
    /// <summary>Every current claim gives the same value; the latest statement is kept.</summary>
    Single,

    /// <summary>Claims differ; the authority's own publication is preferred over quotes of it.</summary>
    OwnPublication,

    /// <summary>Claims differ; the value most independent outlets cite wins.</summary>
    MostSources,

    /// <summary>Claims differ and are cited by as many outlets each; the latest statement wins.</summary>
    LatestStatement,
}
