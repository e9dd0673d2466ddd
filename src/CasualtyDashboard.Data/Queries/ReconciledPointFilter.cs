namespace CasualtyDashboard.Data.Queries;

/// <summary>
/// Which reconciled points to read: by the series' attributes (region, area, category, subgroup, basis), one series (by id
/// or key), and a range of reporting dates. Every field left null matches everything.
/// </summary>
public sealed record ReconciledPointFilter
{
    public static ReconciledPointFilter None { get; } = new();

    public string? Region { get; init; }
    public string? Area { get; init; }
    public string? Category { get; init; }
    public string? Subgroup { get; init; }
    public string? Basis { get; init; }
    public long? SeriesId { get; init; }
    public string? SeriesKey { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
}
