using CasualtyDashboard.Extraction.Model;

namespace CasualtyDashboard.Data.Queries;

/// <summary>The Figures grid's filters, also the raw-figures export's (<c>GET /api/export/figures.*</c>). Null: any.</summary>
public sealed record FigureFilter
{
    public FigureCategory? Category { get; init; }
    public FigureSubgroup? Subgroup { get; init; }
    public string? Region { get; init; }
    public string? Authority { get; init; }

    /// <summary>The outlet's name, exactly.</summary>
    public string? Outlet { get; init; }

    /// <summary>Reporting date from (inclusive).</summary>
    public DateOnly? From { get; init; }

    /// <summary>Reporting date to (inclusive).</summary>
    public DateOnly? To { get; init; }

    public ReviewState? Review { get; init; }
    public long? ArticleId { get; init; }

    public static FigureFilter None { get; } = new();
}
