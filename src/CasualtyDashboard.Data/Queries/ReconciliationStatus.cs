namespace CasualtyDashboard.Data.Queries;

/// <summary>The last reconciliation run: when, what it read (and could not place), and what it stored.</summary>
public sealed record ReconciliationStatus(
    DateTime ReconciledAt, int NewsClaims, int ReferenceClaims, int UnplacedFigures, int Series, int Points, int Flags, int OpenConflicts);
