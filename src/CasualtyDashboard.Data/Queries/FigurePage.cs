namespace CasualtyDashboard.Data.Queries;

/// <summary>One page of figures and how many match the filter.</summary>
public sealed record FigurePage(IReadOnlyList<FigureRow> Rows, int Total);
