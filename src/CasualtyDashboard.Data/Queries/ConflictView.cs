using CasualtyDashboard.Reconciliation.Messages;

namespace CasualtyDashboard.Data.Queries;

/// <summary>A stored flag (conflict or note) with the decision that applies to it.</summary>
public sealed record ConflictView(
    string Key, string Type, bool IsConflict, string State, Message Reason, IReadOnlyList<long> ClaimIds, long SeriesId, string SeriesKey,
    string PointKey, DateOnly Date, string? DecisionBy, DateTime? DecisionAt, string? DecisionNote, long? ResolvedValue, long? ChosenClaimId);
