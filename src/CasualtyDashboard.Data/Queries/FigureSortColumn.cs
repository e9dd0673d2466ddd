namespace CasualtyDashboard.Data.Queries;

/// <summary>The columns the Figures grid sorts by; each has an index in that order (see FigureGridIndexConfiguration).</summary>
public enum FigureSortColumn
{
    Id,
    ReportedOn,
    Value,
    Category,
    Subgroup,
    Region,
    Authority,
}
