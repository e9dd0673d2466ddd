using CasualtyDashboard.Data.Entities;

namespace CasualtyDashboard.Data.Queries;

/// <summary>
/// One extracted figure with its provenance (article, outlet, evidence span, rule, extractor) and the analysts' work on it
/// (decision, correction, notes): a row of the Figures grid and of the raw-figures export.
/// </summary>
public sealed record FigureRow(
    long Id,
    long ArticleId,
    FigureFields Fields,
    string Evidence,
    int EvidenceStart,
    int EvidenceLength,
    string Rule,
    string ExtractorVersion,
    string? Outlet,
    string? ArticleUrl,
    string? ArticleTitle,
    DateOnly? Published)
{
    public FigureReviewView? Review { get; init; }
    public FigureCorrectionView? Correction { get; init; }

    /// <summary>The figure's notes that are not deleted, oldest first.</summary>
    public IReadOnlyList<AnnotationView> Notes { get; init; } = [];

    /// <summary>Conflict flags touching the figure (filled by the exports from <see cref="IFigureFlagSource"/>).</summary>
    public IReadOnlyList<string> ConflictFlags { get; init; } = [];

    public ReviewState State =>
        Review?.Decision == ReviewDecision.Rejected ? ReviewState.Rejected
        : Correction is not null ? ReviewState.Corrected
        : Review?.Decision == ReviewDecision.Accepted ? ReviewState.Accepted
        : ReviewState.Unreviewed;

    /// <summary>The fields in force: the correction's when there is one, else the extracted ones.</summary>
    public FigureFields Effective => Correction?.Fields ?? Fields;
}
