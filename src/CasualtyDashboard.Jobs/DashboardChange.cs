namespace CasualtyDashboard.Jobs;

/// <summary>What changed: <c>figures</c>, <c>articles</c>, <c>jobs</c>.</summary>
public sealed record DashboardChange(string What, int Count = 0);
