using CasualtyDashboard.Web.Components.Charts;

namespace CasualtyDashboard.Web.Services.Dashboard;

/// <summary>A built trend chart and how many points it holds (zero: say so instead of drawing an empty frame).</summary>
public sealed record TrendChart(PlotlyFigure Figure, int Points, string Title);
