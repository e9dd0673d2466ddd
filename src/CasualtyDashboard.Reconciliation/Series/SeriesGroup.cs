using CasualtyDashboard.Reconciliation.Claims;

namespace CasualtyDashboard.Reconciliation.Series;

/// <summary>The claims of one series, sorted by <see cref="ClaimOrder"/>, before points are built.</summary>
internal sealed record SeriesGroup(SeriesKey Key, List<Claim> Claims, bool SinceInferred, SeriesKey? SplitFrom);
