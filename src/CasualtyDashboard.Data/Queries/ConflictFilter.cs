namespace CasualtyDashboard.Data.Queries;

/// <summary>Which flags to list. Every part is optional; <see cref="Types"/> and <see cref="States"/> hold codes.</summary>
public sealed record ConflictFilter
{
    public IReadOnlyList<string> Types { get; init; } = [];
    public IReadOnlyList<string> States { get; init; } = [];
    public long? SeriesId { get; init; }
    public string? SeriesKey { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }

    /// <summary>True: conflicts only; false: notes only; null: both.</summary>
    public bool? Conflicts { get; init; }

    public int Skip { get; init; }
    public int Take { get; init; } = 100;
}
