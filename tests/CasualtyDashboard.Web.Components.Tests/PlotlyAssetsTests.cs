using System.Reflection;
using CasualtyDashboard.Web.Components.Charts;
using Plotly.Blazor;

namespace CasualtyDashboard.Web.Components.Tests;

/// <summary>
/// Decision 056: the dashboard starts plotly through Plotly.Blazor's own loader with the paths its charts ask for; were
/// they to differ (a package upgrade), its charts would load plotly a second time.
/// </summary>
public sealed class PlotlyAssetsTests
{
    private static object? Constant(string name) =>
        typeof(PlotlyJsInterop).GetField(name, BindingFlags.NonPublic | BindingFlags.Static)?.GetRawConstantValue();

    [Fact]
    public void Paths_AreThoseOfTheInstalledPlotlyBlazor()
    {
        Assert.Equal(Constant("InteropPath"), PlotlyAssets.InteropModule);
        Assert.Equal(Constant("PlotlyBasicPath"), PlotlyAssets.BasicBundle);
    }
}
