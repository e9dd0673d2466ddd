namespace CasualtyDashboard.Data.Queries;

/// <summary>
/// One claim of a point, as stored: a news figure (positive id) with its article, or a reference claim (negative id).
/// <see cref="Role"/> is <c>current</c> (the source's value), <c>history</c> (an earlier statement the same day) or
/// <c>restatement</c> (a stale citation of an earlier day). <see cref="Stored"/> is false when the claim was re-extracted
/// away since the run: reconcile again.
/// </summary>
public sealed record ClaimView(
    long Id, long Value, string Qualifier, string Authority, bool IsReference, string? Outlet, long? ArticleId, string? Url,
    DateOnly? Published, string Evidence, string Role, bool Stored);
