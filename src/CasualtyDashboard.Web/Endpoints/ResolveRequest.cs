namespace CasualtyDashboard.Web.Endpoints;

/// <summary>The body of <c>POST /api/conflicts/{key}/resolve</c>: a claim of the point (<c>claimId</c>) or an entered value (<c>value</c>), with a required note.</summary>
public sealed record ResolveRequest(long? ClaimId, long? Value, string? Note);
