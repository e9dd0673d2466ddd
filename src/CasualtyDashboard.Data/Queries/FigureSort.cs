namespace CasualtyDashboard.Data.Queries;

/// <summary>A sort of the Figures grid; ties break by reporting date, then id, in the same direction.</summary>
public sealed record FigureSort(FigureSortColumn Column, bool Descending)
{
    /// <summary>Newest reporting date first.</summary>
    public static FigureSort Default { get; } = new(FigureSortColumn.ReportedOn, true);
}
