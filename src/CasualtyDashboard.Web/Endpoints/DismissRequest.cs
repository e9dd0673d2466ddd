namespace CasualtyDashboard.Web.Endpoints;

/// <summary>The body of <c>POST /api/conflicts/{key}/dismiss</c>: why the flag is no conflict (a different scope, say); required.</summary>
public sealed record DismissRequest(string? Note);
