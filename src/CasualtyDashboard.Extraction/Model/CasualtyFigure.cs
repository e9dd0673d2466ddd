namespace CasualtyDashboard.Extraction.Model;

/// <summary>
/// One casualty figure reported by an article, in the shape of SCHEMA.md, with the span of its evidence in the
/// original (un-normalised) text and the rule that produced it.
/// </summary>
public sealed record CasualtyFigure
{
    /// <summary>The number as an integer (2.3 مليون is 2300000; for vague quantifiers the lower bound).</summary>
    public required long Value { get; init; }

    public FigureQualifier Qualifier { get; init; } = FigureQualifier.Exact;

    public required FigureCategory Category { get; init; }

    public FigureSubgroup Subgroup { get; init; } = FigureSubgroup.All;

    /// <summary>Lower-case English country or territory code (<c>gaza</c>, <c>lebanon</c>), or null when unknown.</summary>
    public string? Region { get; init; }

    /// <summary>A finer place (<c>north_gaza</c>, <c>jenin</c>), or null.</summary>
    public string? Area { get; init; }

    /// <summary>Issuer code of SCHEMA.md (<c>gaza_moh</c>, <c>afp</c>, <c>other:name</c>, <c>unattributed</c>).</summary>
    public string Authority { get; init; } = "unattributed";

    /// <summary>The day the issuer announced the figure; null only when neither text nor publication date tells.</summary>
    public DateOnly? ReportedOn { get; init; }

    public FigureBasis Basis { get; init; } = FigureBasis.Incident;

    /// <summary>Start day of a cumulative or period count, when stated or implied.</summary>
    public DateOnly? Since { get; init; }

    /// <summary>The verbatim substring of the article that states the figure.</summary>
    public string Evidence { get; init; } = "";

    /// <summary>Offset of <see cref="Evidence"/> in the original article text (UTF-16 code units).</summary>
    public int EvidenceStart { get; init; }

    /// <summary>Length of <see cref="Evidence"/> in the original article text (UTF-16 code units).</summary>
    public int EvidenceLength { get; init; }

    /// <summary>Name of the rule that produced the figure, for people tuning rules.</summary>
    public string Rule { get; init; } = "";

    /// <summary>Gold files only: false for figures that are right if found and cost nothing if missed.</summary>
    public bool Required { get; init; } = true;
}
