namespace CasualtyDashboard.Data.Entities;

/// <summary>
/// A figure's review state in force: the latest decision and correction, kept beside the history so the Figures grid can
/// filter a million rows by state with an index instead of finding the latest review of each figure. Written in the
/// same transaction as the review or correction it points to; a figure without a row is unreviewed.
/// </summary>
public sealed class FigureStatus
{
    public long FigureId { get; set; }
    public Figure? Figure { get; set; }
    public ReviewDecision? Decision { get; set; }
    public long? LatestReviewId { get; set; }
    public long? LatestCorrectionId { get; set; }

    /// <summary>UTC.</summary>
    public DateTime UpdatedAt { get; set; }
}
