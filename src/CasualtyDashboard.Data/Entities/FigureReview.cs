namespace CasualtyDashboard.Data.Entities;

/// <summary>One review of a figure (accept or reject). Every review is kept; the latest one is the figure's decision.</summary>
public sealed class FigureReview
{
    public long Id { get; set; }
    public long FigureId { get; set; }
    public Figure? Figure { get; set; }
    public ReviewDecision Decision { get; set; }

    /// <summary>Why it was rejected (required for a rejection).</summary>
    public string? Reason { get; set; }

    public required string By { get; set; }

    /// <summary>UTC.</summary>
    public DateTime At { get; set; }
}
