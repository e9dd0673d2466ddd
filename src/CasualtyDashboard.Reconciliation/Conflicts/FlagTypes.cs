namespace CasualtyDashboard.Reconciliation.Conflicts;

/// <summary>Codes and kinds of <see cref="FlagType"/> values.</summary>
public static class FlagTypes
{
    /// <summary>The snake_case code used in conflict keys and storage (<c>cross_source</c>, <c>stale_citation</c>, ...).</summary>
    public static string Code(this FlagType type) => type switch
    {
        FlagType.CrossSource => "cross_source",
        FlagType.Transcription => "transcription",
        FlagType.StaleCitation => "stale_citation",
        FlagType.Decrease => "decrease",
        FlagType.Jump => "jump",
        FlagType.RetroactiveAddition => "retroactive_addition",
        FlagType.InconsistentParts => "inconsistent_parts",
        FlagType.Reset => "reset",
        FlagType.ReferenceDeparture => "reference_departure",
        FlagType.SameDayUpdate => "same_day_update",
        FlagType.SinceMismatch => "since_mismatch",
        FlagType.Revision => "revision",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown flag type."),
    };

    /// <summary>True for conflicts an analyst should look at; false for notes (stale citation, retroactive addition, reset, start-day mismatch, revision).</summary>
    public static bool IsConflict(this FlagType type) =>
        type is not (FlagType.StaleCitation or FlagType.RetroactiveAddition or FlagType.Reset or FlagType.SinceMismatch or FlagType.Revision);
}
