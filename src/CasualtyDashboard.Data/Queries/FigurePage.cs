namespace CasualtyDashboard.Data.Queries;

/// <summary>
/// One page of figures and how many match the filter. When <see cref="TotalIsCapped"/>, more than <see cref="Total"/>
/// match (the count stopped at <see cref="FigureGridQuery.CountCap"/>, decision 058): the page offers
/// <see cref="Total"/> rows' worth of pages, its last page being the order's real last rows, until the exact count is known.
/// </summary>
public sealed record FigurePage(IReadOnlyList<FigureRow> Rows, int Total, bool TotalIsCapped = false);
