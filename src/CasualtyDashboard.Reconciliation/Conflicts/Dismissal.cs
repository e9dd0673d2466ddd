namespace CasualtyDashboard.Reconciliation.Conflicts;

/// <summary>An analyst's judgement that a flag is no conflict (a different scope, say), with a required note.</summary>
public sealed record Dismissal
{
    /// <summary>Creates a dismissal; the note and the analyst's name are required.</summary>
    /// <param name="conflict">The flag dismissed.</param>
    /// <param name="note">Why; required.</param>
    /// <param name="by">Who decided; required.</param>
    /// <param name="at">When (UTC).</param>
    public Dismissal(ConflictKey conflict, string note, string by, DateTime at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(conflict.Value, nameof(conflict));
        ArgumentException.ThrowIfNullOrWhiteSpace(note);
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        Conflict = conflict;
        Note = note;
        By = by;
        At = at;
    }

    /// <summary>The flag dismissed.</summary>
    public ConflictKey Conflict { get; }

    /// <summary>Why.</summary>
    public string Note { get; }

    /// <summary>Who decided.</summary>
    public string By { get; }

    /// <summary>When (UTC).</summary>
    public DateTime At { get; }

    /// <summary>Dismisses <paramref name="flag"/>.</summary>
    public static Dismissal Of(Flag flag, string note, string by, DateTime at) => new(flag.Key, note, by, at);
}
