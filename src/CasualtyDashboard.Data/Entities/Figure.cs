using CasualtyDashboard.Extraction.Model;

namespace CasualtyDashboard.Data.Entities;

/// <summary>
/// One extracted casualty figure: every field of SCHEMA.md, the evidence span in its article's text,
/// and the extractor version and rule that produced it.
/// </summary>
public sealed class Figure
{
    public long Id { get; set; }

    public long ArticleId { get; set; }
    public Article? Article { get; set; }

    public long Value { get; set; }
    public FigureQualifier Qualifier { get; set; }
    public FigureCategory Category { get; set; }
    public FigureSubgroup Subgroup { get; set; }
    public string? Region { get; set; }
    public string? Area { get; set; }
    public required string Authority { get; set; }
    public DateOnly? ReportedOn { get; set; }
    public FigureBasis Basis { get; set; }
    public DateOnly? Since { get; set; }

    /// <summary>The verbatim substring of the article that states the figure.</summary>
    public required string Evidence { get; set; }
    public int EvidenceStart { get; set; }
    public int EvidenceLength { get; set; }

    public required string Rule { get; set; }
    public required string ExtractorVersion { get; set; }
    public DateTime CreatedAt { get; set; }
}
