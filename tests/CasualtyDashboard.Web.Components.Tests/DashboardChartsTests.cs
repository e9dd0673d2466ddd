using CasualtyDashboard.Extraction.Model;
using CasualtyDashboard.Web.Components.Charts;
using CasualtyDashboard.Web.Services.Dashboard;

namespace CasualtyDashboard.Web.Components.Tests;

/// <summary>What the dashboard page keeps once its charts are drawn: the panels without their points.</summary>
public sealed class DashboardChartsTests
{
    private static DashboardPanel Panel(FigureCategory category, int sources, int folded)
    {
        var traces = Enumerable.Range(0, sources)
            .Select(i => new PlotlyTrace($"source {i}", ["2024-01-01", "2024-01-02"], [i, i + 1]) { Visible = i < folded ? "legendonly" : null })
            .Append(new PlotlyTrace("Reconciled", ["2024-01-01", "2024-01-02"], [1, 2]))
            .ToList();
        var figure = new PlotlyFigure(traces, new PlotlyLayout(category.ToString()) { PointKeyPrefix = "gaza||killed@" });
        return new DashboardPanel(category, FigureSubgroup.All, category.ToString(), figure, 2, 7, "gaza||killed", null, 0, 0);
    }

    [Fact]
    public void WithoutFigureData_KeepsEveryPanelButNotItsPoints()
    {
        var charts = new DashboardCharts(DashboardView.Default, [Panel(FigureCategory.Killed, 4, 3), Panel(FigureCategory.Injured, 1, 0)],
            ["gaza"], [FigureSubgroup.All], ["gaza_moh"], [], 5);
        Assert.True(charts.HoldsFigureData);

        var kept = charts.WithoutFigureData();

        Assert.False(kept.HoldsFigureData);
        Assert.All(kept.Panels, p => Assert.Empty(p.Figure.Data));
        for (var i = 0; i < charts.Panels.Count; i++)
        {
            // The chart given the outline finds the figure it drew: the same content, so no redraw.
            Assert.True(kept.Panels[i].Figure.SameContent(charts.Panels[i].Figure));
            Assert.Equal(charts.Panels[i].Figure.Layout.PointKeyPrefix, kept.Panels[i].Figure.Layout.PointKeyPrefix);
            Assert.Equal(charts.Panels[i] with { Figure = kept.Panels[i].Figure }, kept.Panels[i]);
        }
        Assert.Equal([3, 0], kept.Panels.Select(p => p.FoldedSources)); // still said under the chart
        Assert.Equal((charts.View, charts.Regions, charts.Authorities, charts.UnplacedFigures), (kept.View, kept.Regions, kept.Authorities, kept.UnplacedFigures));
        Assert.Same(kept, kept.WithoutFigureData());
    }
}
