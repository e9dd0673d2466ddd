namespace CasualtyDashboard.Data.Queries;

/// <summary>One page of flags and how many match the filter.</summary>
public sealed record ConflictPage(int Total, IReadOnlyList<ConflictView> Items);
