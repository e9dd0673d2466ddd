using CasualtyDashboard.Data.Queries;

namespace CasualtyDashboard.Web.Services;

/// <summary>A conflict with every claim of its point, the claims it involves first.</summary>
public sealed record ConflictDetail(ConflictView Conflict, PointView? Point, IReadOnlyList<ClaimView> Claims)
{
    public bool Involves(ClaimView claim) => Conflict.ClaimIds.Contains(claim.Id);
}
