namespace CasualtyDashboard.Jobs.Reconciliation;

/// <summary>What became of an analyst's decision: stored, or refused with a sentence saying why.</summary>
public sealed record DecisionOutcome(DecisionStatus Status, string? Error = null)
{
    public static readonly DecisionOutcome Stored = new(DecisionStatus.Stored);

    public static DecisionOutcome Invalid(string error) => new(DecisionStatus.Invalid, error);

    public static DecisionOutcome NotFound(string error) => new(DecisionStatus.NotFound, error);
}
