namespace CasualtyDashboard.Reconciliation.Conflicts;

/// <summary>What a flag says about a point. <see cref="FlagTypes.IsConflict"/> tells conflicts from notes.</summary>
public enum FlagType
{
    /// <summary>Different authorities disagree on the same series and date beyond the tolerance.</summary>
    CrossSource,

    /// <summary>Claims quoting the same authority for the same date differ at digit level (a digit changed, transposed or dropped, a thousands separator read as a decimal point).</summary>
    Transcription,

    /// <summary>Note: a figure equals its authority's value of an earlier date; a restatement, not a conflict.</summary>
    StaleCitation,

    /// <summary>A source's cumulative goes down.</summary>
    Decrease,

    /// <summary>An implausible step between consecutive dates of one source's cumulative.</summary>
    Jump,

    /// <summary>Note: a declared retroactive addition, which explains a step that would otherwise be a jump or a mismatch.</summary>
    RetroactiveAddition,

    /// <summary>A subgroup exceeds its total, or a period count disagrees with the change of the cumulative.</summary>
    InconsistentParts,

    /// <summary>Note: a cumulative count restarts from a new start day; a new series opens instead of a decrease.</summary>
    Reset,

    /// <summary>A news figure departs from an imported reference series of another authority beyond the tolerance.</summary>
    ReferenceDeparture,

    /// <summary>
    /// Claims quoting the same authority for the same date differ by more than a digit slip and not as successive updates:
    /// one of them is an earlier or later update of that day (or the authority's published series has another value).
    /// </summary>
    SameDayUpdate,

    /// <summary>Note: a cumulative count stating another start day continues a series of the same toll and joins it.</summary>
    SinceMismatch,

    /// <summary>Note: a published series replaced its value for the day (its revision history); the earlier value is kept as history.</summary>
    Revision,
}
