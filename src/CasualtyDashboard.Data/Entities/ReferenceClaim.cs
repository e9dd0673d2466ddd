namespace CasualtyDashboard.Data.Entities;

/// <summary>
/// One figure of an imported published series (Tech for Palestine), a source of its own beside the news figures.
/// Codes are the corpus schema's (<c>killed</c>, <c>women</c>, <c>cumulative</c>); an import replaces its dataset's rows.
/// </summary>
public sealed class ReferenceClaim
{
    /// <summary>The reader's stable negative claim id (per dataset, date and field), so decisions re-attach after a re-import.</summary>
    public long Id { get; set; }

    /// <summary>The dataset it came from: <c>gaza</c>, <c>west_bank</c> or <c>lebanon</c>.</summary>
    public required string Dataset { get; set; }

    public required string Region { get; set; }
    public string? Area { get; set; }
    public required string Category { get; set; }
    public required string Subgroup { get; set; }
    public required string Basis { get; set; }
    public DateOnly? Since { get; set; }
    public DateOnly ReportedOn { get; set; }
    public long Value { get; set; }
    public required string Qualifier { get; set; }
    public required string Authority { get; set; }
    public string? Outlet { get; set; }
    public string? Url { get; set; }

    /// <summary>The file, date and field the value was read from (<c>casualties_daily.json 2023-11-07 killed_women_cum=2719</c>).</summary>
    public required string Evidence { get; set; }

    /// <summary>UTC.</summary>
    public DateTime StatedAt { get; set; }
    public bool DeclaresRetroactiveAddition { get; set; }
    public DateTime ImportedAt { get; set; }
}
