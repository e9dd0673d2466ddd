namespace CasualtyDashboard.Data.Queries;

/// <summary>One source's value for one reporting date of a cumulative series.</summary>
public sealed record TrendPoint(DateOnly Date, string Authority, long Value, int Claims);
