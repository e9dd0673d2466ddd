using CasualtyDashboard.Extraction.Model;
using CasualtyDashboard.Web.Components.Charts;

namespace CasualtyDashboard.Web.Services.Dashboard;

/// <summary>
/// One chart of the dashboard (a category × subgroup). <see cref="SeriesId"/> is set when it draws a reconciled series
/// (<see cref="LastChange"/>: when its claims last changed); null when it falls back to the extracted figures because
/// reconciliation has not placed this toll yet. <see cref="Points"/> zero: there is nothing to draw, say so instead.
/// <see cref="OtherSeries"/> counts this toll's other cumulative series (counted from another day), not drawn.
/// </summary>
public sealed record DashboardPanel(
    FigureCategory Category, FigureSubgroup Subgroup, string Title, PlotlyFigure Figure, int Points,
    long? SeriesId, string? SeriesKey, DateTime? LastChange, int OtherSeries, int Notes)
{
    /// <summary>The toll's headline as of the last point drawn, or null (no reconciled series, no point).</summary>
    public DashboardHeadline? Headline { get; init; }

    /// <summary>
    /// Sources listed in the legend but not drawn at first (past <see cref="DashboardFigureBuilder.MarkerBudget"/>): counted
    /// as the panel is built, so a copy whose figure has let its data go still says so.
    /// </summary>
    public int FoldedSources { get; } = Figure.Data.Count(t => t.Visible == "legendonly");
}

/// <summary>
/// The dashboard as built for a <see cref="DashboardView"/>: its panels, what the filters can offer (regions, subgroups with
/// a series, the authorities and outlets of the claims loaded), and the figures no series holds.
/// </summary>
public sealed record DashboardCharts(
    DashboardView View, IReadOnlyList<DashboardPanel> Panels, IReadOnlyList<string> Regions, IReadOnlyList<FigureSubgroup> Subgroups,
    IReadOnlyList<string> Authorities, IReadOnlyList<string> Outlets, int UnplacedFigures)
{
    /// <summary>True when the view's region has no series and no figure at all: not one the data knows (a mistyped link, say).</summary>
    public bool UnknownRegion { get; init; }

    /// <summary>Whether a panel's figure still holds its traces (not yet <see cref="WithoutFigureData"/>).</summary>
    public bool HoldsFigureData => Panels.Any(p => p.Figure.Data.Count > 0);

    /// <summary>
    /// These charts once drawn: every panel's figure <see cref="PlotlyFigure.WithoutData"/> (its layout and content hash
    /// only), the rest as it is. A page keeps this while it stays open; the browser's plotly holds the points.
    /// </summary>
    public DashboardCharts WithoutFigureData() =>
        HoldsFigureData ? this with { Panels = [.. Panels.Select(p => p with { Figure = p.Figure.WithoutData() })] } : this;
}
