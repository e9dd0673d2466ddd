namespace CasualtyDashboard.Data.Entities;

/// <summary>One reporting date of a reconciled series: the reconciled value, the rule that chose it, and every claim of the day.</summary>
public sealed class ReconciledPoint
{
    public long Id { get; set; }

    public long SeriesId { get; set; }
    public ReconciledSeries? Series { get; set; }

    /// <summary>The canonical key, <c>series-key@yyyy-MM-dd</c>; decisions attach to it.</summary>
    public required string Key { get; set; }

    public DateOnly Date { get; set; }
    public long Value { get; set; }

    /// <summary><c>analyst_resolution</c>, <c>authority_priority</c>, <c>most_cited</c> or <c>latest_statement</c>.</summary>
    public required string Rule { get; set; }

    public required string Explanation { get; set; }

    /// <summary>The claims citing the reconciled value (figure ids; negative ids are reference claims).</summary>
    public List<long> ClaimIds { get; set; } = [];

    public long Low { get; set; }
    public long High { get; set; }

    /// <summary>For a cumulative series, the change since the previous point, and the days it covers.</summary>
    public long? IncrementChange { get; set; }
    public int? IncrementDays { get; set; }

    /// <summary>Every claim of the point grouped by source, as <see cref="PointSources"/> JSON.</summary>
    public required string Sources { get; set; }

    public int ClaimCount { get; set; }

    /// <summary>Conflicts on the point (notes not counted), of any state, and how many of them are open.</summary>
    public int Conflicts { get; set; }
    public int OpenConflicts { get; set; }
}
