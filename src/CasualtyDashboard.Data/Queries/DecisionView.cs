namespace CasualtyDashboard.Data.Queries;

/// <summary>A stored analyst decision: <c>resolution</c> or <c>dismissal</c>, with who, when and why.</summary>
public sealed record DecisionView(
    string Kind, string? ConflictKey, string? PointKey, long? Value, long? ChosenClaimId, string Note, string By, DateTime At);
