namespace CasualtyDashboard.Reconciliation.Claims;

/// <summary>
/// One reported figure, as the Data layer maps it from a stored figure row (or as a reference series yields it).
/// Claims are never changed by reconciliation; analysts' decisions are kept beside them.
/// </summary>
/// <param name="ClaimId">The figure's id. Reference claims use negative synthetic ids (see <c>TfpReferenceReader</c>).</param>
/// <param name="SeriesKey">The series the figure belongs to. For basis <c>period</c>, <see cref="SeriesKey.Since"/> is the span's first day; the series groups period counts without it.</param>
/// <param name="ReportedOn">The day the issuer announced the figure.</param>
/// <param name="Value">The number.</param>
/// <param name="Qualifier">A <see cref="Qualifiers"/> code.</param>
/// <param name="Authority">Who issued the figure (<c>gaza_moh</c>, <c>un_ocha</c>, <c>other:name</c>, <c>unattributed</c>).</param>
/// <param name="Outlet">The publishing outlet, or null.</param>
/// <param name="ArticleId">The article the figure was read from, or null.</param>
/// <param name="ArticleUrl">The article's address, or null.</param>
/// <param name="Evidence">The sentence that states the figure.</param>
/// <param name="StatedAt">When the statement was published or ingested (UTC); the latest statement of an authority on a day is its value.</param>
/// <param name="DeclaresRetroactiveAddition">The text declares a retroactive addition to the cumulative ("تم إضافة ... على التراكمي").</param>
/// <param name="IsReference">The figure is a point of an imported published series, a source of its own.</param>
/// <param name="IsSuperseded">The source itself later replaced this value for the same day (a revision of a published series): kept as history, never chosen.</param>
public sealed record Claim(
    long ClaimId,
    SeriesKey SeriesKey,
    DateOnly ReportedOn,
    long Value,
    string Qualifier,
    string Authority,
    string? Outlet,
    long? ArticleId,
    string? ArticleUrl,
    string Evidence,
    DateTime StatedAt,
    bool DeclaresRetroactiveAddition = false,
    bool IsReference = false,
    bool IsSuperseded = false);
