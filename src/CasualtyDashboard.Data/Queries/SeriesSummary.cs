namespace CasualtyDashboard.Data.Queries;

/// <summary>A reconciled series as lists show it: its stable id and key, when its claims last changed, and its size.</summary>
public sealed record SeriesSummary(
    long Id, string Key, string Region, string? Area, string Category, string Subgroup, string Basis, DateOnly? Since, bool SinceInferred,
    DateTime LastChange, int PointCount, DateOnly? FirstDate, DateOnly? LastDate, long? LatestValue, int OpenConflicts);
