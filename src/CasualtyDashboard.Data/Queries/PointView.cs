using CasualtyDashboard.Reconciliation.Messages;

namespace CasualtyDashboard.Data.Queries;

/// <summary>A reconciled point with every claim of the day, the reconciled value, the rule that chose it, and its range.</summary>
public sealed record PointView(
    long SeriesId, string Key, DateOnly Date, long Value, string Rule, Message Explanation, IReadOnlyList<long> ReconciledClaimIds,
    long Low, long High, long? IncrementChange, int? IncrementDays, int Conflicts, int OpenConflicts, IReadOnlyList<ClaimView> Claims);
