using CasualtyDashboard.Extraction.Model;

namespace CasualtyDashboard.Data.Entities;

/// <summary>
/// An analyst's corrected version of a figure: a complete new record of the figure's fields. The extracted figure row is
/// never modified; the latest correction is the one in force.
/// </summary>
public sealed class FigureCorrection
{
    public long Id { get; set; }
    public long FigureId { get; set; }
    public Figure? Figure { get; set; }

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

    public string? Note { get; set; }
    public required string By { get; set; }

    /// <summary>UTC.</summary>
    public DateTime At { get; set; }
}
