namespace CasualtyDashboard.Data.Entities;

/// <summary>
/// One series of the last reconciliation run. Its row is kept from run to run (matched by <see cref="Key"/>), so its id
/// stays stable for the pages and the API; its points and flags are replaced by every run.
/// </summary>
public sealed class ReconciledSeries
{
    public long Id { get; set; }

    /// <summary>The canonical key, <c>region|area|category|subgroup|basis|since</c>.</summary>
    public required string Key { get; set; }

    public required string Region { get; set; }
    public string? Area { get; set; }
    public required string Category { get; set; }
    public required string Subgroup { get; set; }
    public required string Basis { get; set; }
    public DateOnly? Since { get; set; }

    /// <summary>The start day was inferred from a detected restart of the count, not stated.</summary>
    public bool SinceInferred { get; set; }

    /// <summary>The key of the series this one was split from at a restart, or null.</summary>
    public string? SplitFromKey { get; set; }

    /// <summary>The latest statement time of its claims (UTC).</summary>
    public DateTime LastChange { get; set; }

    public int PointCount { get; set; }
    public DateOnly? FirstDate { get; set; }
    public DateOnly? LastDate { get; set; }

    /// <summary>The reconciled value of the last point.</summary>
    public long? LatestValue { get; set; }

    /// <summary>Open conflicts on its points (notes not counted).</summary>
    public int OpenConflicts { get; set; }

    /// <summary>The run that wrote it last (UTC).</summary>
    public DateTime ReconciledAt { get; set; }

    public List<ReconciledPoint> Points { get; set; } = [];
}
