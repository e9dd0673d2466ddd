using CasualtyDashboard.Web.Components.Charts;

namespace CasualtyDashboard.Web.Services;

/// <summary>
/// The dashboard's chart: the reconciled series when one exists (<see cref="SeriesId"/> set), else the extracted figures by
/// authority while reconciliation has not run yet. <see cref="OtherSeries"/> counts the quantity's other cumulative series
/// (another start day) not drawn.
/// </summary>
public sealed record ReconciledChart(PlotlyFigure Figure, int Points, string Title, long? SeriesId, int OtherSeries);
