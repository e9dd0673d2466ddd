using Bunit;
using CasualtyDashboard.Web.Components.Charts;
using Plotly.Blazor.Traces;

namespace CasualtyDashboard.Web.Components.Tests;

/// <summary>Our figures as Plotly.Blazor draws them: traces, axes, the click's point key, the locale.</summary>
public sealed class FigureChartTests : ComponentTest
{
    internal static PlotlyFigure Figure(params string[] days) =>
        new([new PlotlyTrace("Reconciled", days, days.Select((_, i) => (double?)(100 + i)).ToList()) { Mode = "lines" }],
            new PlotlyLayout("Killed in Gaza") { Height = 300, YFromZero = false, PointKeyPrefix = "gaza||killed@", FileName = "f" });

    [Fact]
    public void Chart_RendersItsBoxAndAsksPlotlyBlazorForTheBasicBundle()
    {
        var chart = Render<FigureChart>(p => p.Add(c => c.Figure, Figure("2024-01-01", "2024-03-01")).Add(c => c.TestId, "trend-chart"));

        var box = chart.Find("[data-testid=trend-chart]");
        Assert.Equal("ltr", box.GetAttribute("dir"));
        Assert.Equal("1", box.GetAttribute("data-traces"));
        Assert.Contains(JSInterop.Invocations, i => i.Identifier == "import" && i.Arguments.Any(a => a?.ToString()?.Contains("plotly-interop", StringComparison.Ordinal) == true));
    }

    [Fact]
    public void Chart_LetsItsTracesGoOncePlotlyHasDrawnThem_AndMapsANewFigureAfresh()
    {
        var chart = Render<FigureChart>(p => p.Add(c => c.Figure, Figure("2024-01-01", "2024-03-01")).Add(c => c.TestId, "trend-chart"));
        string Revision() => chart.Find("[data-testid=trend-chart]").GetAttribute("data-revision")!;

        chart.WaitForAssertion(() => Assert.Equal("1", Revision()));
        Assert.False(chart.Instance.HoldsTraces);
        Assert.Equal("1", chart.Find("[data-testid=trend-chart]").GetAttribute("data-traces"));

        // The page's outline of the same figure (what it keeps once drawn) is the same chart: nothing mapped, nothing redrawn.
        chart.Render(p => p.Add(c => c.Figure, Figure("2024-01-01", "2024-03-01").WithoutData()));
        Assert.False(chart.Instance.HoldsTraces);
        Assert.Equal("1", Revision());
        Assert.DoesNotContain(JSInterop.Invocations, i => i.Identifier == "react");

        // Another figure is mapped, reacted, and let go in turn.
        chart.Render(p => p.Add(c => c.Figure, Figure("2024-01-01", "2024-04-01")));
        chart.WaitForAssertion(() => Assert.Equal("2", Revision()));
        Assert.False(chart.Instance.HoldsTraces);
        var react = Assert.Single(JSInterop.Invocations, i => i.Identifier == "react");
        Assert.Contains("2024-04-01", System.Text.Json.JsonSerializer.Serialize(react.Arguments[1]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFoldedSourceShownInTheLegend_IsAskedForByItsKeyOnce_AndItsPointsDrawnIntoItsTrace()
    {
        var whole = Figure("2024-01-01", "2024-03-01") with
        {
            Data =
            [
                .. Figure("2024-01-01", "2024-03-01").Data,
                new PlotlyTrace("AFP (news)", ["2024-01-04", "2024-01-05"], [110, 120]) { Mode = "markers", Visible = "legendonly", Deferred = "afp", Text = ["via BBC", "via BBC"] },
            ],
        };
        var figure = whole.WithDeferredPointsLeftOut();
        var asked = new List<string>();
        var chart = Render<FigureChart>(p => p.Add(c => c.Figure, figure).Add(c => c.TestId, "trend-chart").Add(c => c.LoadDeferred, key =>
        {
            asked.Add(key);
            return Task.FromResult<PlotlyTrace?>(whole.Data[^1] with { Visible = null, Deferred = null });
        }));
        chart.WaitForAssertion(() => Assert.Equal("1", chart.Find("[data-testid=trend-chart]").GetAttribute("data-revision")));
        // Sent without its points: the first draw's traces hold none of the folded source's.
        var newPlot = Assert.Single(JSInterop.Invocations, i => i.Identifier == "newPlot");
        var drawn = System.Text.Json.JsonSerializer.Serialize(newPlot.Arguments[1]);
        Assert.DoesNotContain("2024-01-05", drawn, StringComparison.Ordinal);
        Assert.DoesNotContain("via BBC", drawn, StringComparison.Ordinal);
        Assert.Contains(JSInterop.Invocations, i => i.Identifier == "subscribeRestyleEvent");

        // plotly's legend click shows it (a restyle of its visibility): its points are asked for and drawn into trace 1.
        var plotly = chart.FindComponent<Plotly.Blazor.PlotlyChart>().Instance;
        var shown = new Plotly.Blazor.Interop.RestyleEventData
        {
            Changes = new Dictionary<string, System.Text.Json.JsonElement> { ["visible"] = System.Text.Json.JsonDocument.Parse("[true]").RootElement.Clone() },
            Indices = [1],
        };
        await chart.InvokeAsync(() => plotly.RestyleEvent(shown));
        chart.WaitForAssertion(() => Assert.Single(JSInterop.Invocations, i => i.Identifier == "update"));
        var update = Assert.Single(JSInterop.Invocations, i => i.Identifier == "update");
        var sent = System.Text.Json.JsonSerializer.Serialize(update.Arguments[1]);
        Assert.Contains("2024-01-05", sent, StringComparison.Ordinal);
        Assert.Contains("via BBC", sent, StringComparison.Ordinal);
        Assert.DoesNotContain("visible", sent, StringComparison.Ordinal); // the user's choice stands
        Assert.Equal("[1]", System.Text.Json.JsonSerializer.Serialize(update.Arguments[3]));
        Assert.Equal(["afp"], asked);

        // Hidden and shown again: drawn already, not asked for again.
        await chart.InvokeAsync(() => plotly.RestyleEvent(shown));
        Assert.Equal(["afp"], asked);
    }

    [Fact]
    public async Task AFoldedSourceWhosePointsFail_IsNamedOnThePage_FoldedAgain_AndAClickThereAsksAgain()
    {
        var chart = FoldedSourceChart(this, out var attempts);

        await ShowFoldedSourceAsync(chart);

        chart.WaitForAssertion(() => Assert.Equal("The points of AFP (news) could not be loaded. Click it in the legend to try again.",
            chart.Find("[data-testid=trend-chart-folded-failed]").TextContent));
        Assert.Equal("alert", chart.Find("[data-testid=trend-chart-folded-failed]").GetAttribute("role"));
        Assert.DoesNotContain(JSInterop.Invocations, i => i.Identifier == "update");
        // Put back into the legend only, as before the click, so one click there asks again.
        chart.WaitForAssertion(() => Assert.Single(JSInterop.Invocations, i => i.Identifier == "Plotly.restyle"));
        var restyle = Assert.Single(JSInterop.Invocations, i => i.Identifier == "Plotly.restyle");
        Assert.Equal("{\"visible\":\"legendonly\"}", System.Text.Json.JsonSerializer.Serialize(restyle.Arguments[1]));
        Assert.Equal("[1]", System.Text.Json.JsonSerializer.Serialize(restyle.Arguments[2]));

        attempts.Fail = false;
        await ShowFoldedSourceAsync(chart);

        chart.WaitForAssertion(() => Assert.Single(JSInterop.Invocations, i => i.Identifier == "update"));
        chart.WaitForAssertion(() => Assert.Empty(chart.FindAll("[data-testid=trend-chart-folded-failed]")));
        Assert.Equal(2, attempts.Count);
    }

    /// <summary>How often the chart asked for the folded source, and whether the next ask fails (the database gone, say).</summary>
    internal sealed class Attempts
    {
        public bool Fail { get; set; } = true;
        public int Count { get; set; }
    }

    /// <summary>A chart whose figure has one source folded into its legend (trace 1, key <c>afp</c>), its loader failing until told.</summary>
    internal static IRenderedComponent<FigureChart> FoldedSourceChart(BunitContext context, out Attempts attempts)
    {
        var whole = Figure("2024-01-01", "2024-03-01") with
        {
            Data =
            [
                .. Figure("2024-01-01", "2024-03-01").Data,
                new PlotlyTrace("AFP (news)", ["2024-01-04", "2024-01-05"], [110, 120]) { Mode = "markers", Visible = "legendonly", Deferred = "afp" },
            ],
        };
        var asked = attempts = new Attempts();
        var chart = context.Render<FigureChart>(p => p.Add(c => c.Figure, whole.WithDeferredPointsLeftOut()).Add(c => c.TestId, "trend-chart").Add(c => c.LoadDeferred, _ =>
        {
            asked.Count++;
            return asked.Fail ? throw new InvalidOperationException("database is locked") : Task.FromResult<PlotlyTrace?>(whole.Data[^1] with { Visible = null, Deferred = null });
        }));
        chart.WaitForAssertion(() => Assert.Equal("1", chart.Find("[data-testid=trend-chart]").GetAttribute("data-revision")));
        return chart;
    }

    /// <summary>plotly's restyle event of a legend click showing the folded source (trace 1).</summary>
    internal static Task ShowFoldedSourceAsync(IRenderedComponent<FigureChart> chart)
    {
        var plotly = chart.FindComponent<Plotly.Blazor.PlotlyChart>().Instance;
        return chart.InvokeAsync(() => plotly.RestyleEvent(new Plotly.Blazor.Interop.RestyleEventData
        {
            Changes = new Dictionary<string, System.Text.Json.JsonElement> { ["visible"] = System.Text.Json.JsonDocument.Parse("[true]").RootElement.Clone() },
            Indices = [1],
        }));
    }

    [Fact]
    public void Layout_LeavesThePaperAndPlotTransparent_SoTheThemesBackgroundShows()
    {
        var layout = PlotlyFigureMapping.ToLayout(Figure("2024-01-01", "2024-03-01"));

        Assert.Equal("rgba(0,0,0,0)", layout.PaperBgColor);
        Assert.Equal("rgba(0,0,0,0)", layout.PlotBgColor);
    }

    [Fact]
    public void AChartWithoutFoldedSources_DoesNotListenToItsLegend()
    {
        var chart = Render<FigureChart>(p => p.Add(c => c.Figure, Figure("2024-01-01", "2024-03-01")).Add(c => c.TestId, "trend-chart")
            .Add(c => c.LoadDeferred, _ => Task.FromResult<PlotlyTrace?>(null)));

        chart.WaitForAssertion(() => Assert.Equal("1", chart.Find("[data-testid=trend-chart]").GetAttribute("data-revision")));
        Assert.DoesNotContain(JSInterop.Invocations, i => i.Identifier == "subscribeRestyleEvent");
    }

    [Fact]
    public void WithoutData_KeepsTheLayoutAndTheContentOfTheFigureItStandsFor()
    {
        var figure = Figure("2024-01-01", "2024-03-01");

        var outline = figure.WithoutData();

        Assert.Empty(outline.Data);
        Assert.Equal(figure.Layout, outline.Layout);
        Assert.True(outline.SameContent(figure));
        Assert.True(figure.SameContent(outline));
        Assert.False(outline.SameContent(Figure("2024-01-01", "2024-04-01")));
        Assert.False(outline.SameContent(new PlotlyFigure([], figure.Layout))); // an empty figure is another chart
    }

    [Fact]
    public void Mapping_KeepsTracesAxesAndTheUnfixedYAxis()
    {
        var figure = Figure("2024-01-01", "2024-03-01") with
        {
            Data =
            [
                .. Figure("2024-01-01", "2024-03-01").Data,
                new PlotlyTrace("gaza_moh (news)", ["2024-01-01"], [99]) { Mode = "markers", Visible = "legendonly", Marker = new PlotlyMarker(Symbol: "circle-open") },
                new PlotlyTrace("Reconciled change", ["2024-01-02"], [3.5]) { Type = "bar", Width = [86_400_000], Offset = [0], Textposition = "none" },
            ],
        };

        var traces = PlotlyFigureMapping.ToTraces(figure);
        var layout = PlotlyFigureMapping.ToLayout(figure);

        var line = Assert.IsType<Scatter>(traces[0]);
        Assert.Equal(["2024-01-01", "2024-03-01"], line.X);
        Assert.Equal(Plotly.Blazor.Traces.ScatterLib.ModeFlag.Lines, line.Mode);
        Assert.Equal(Plotly.Blazor.Traces.ScatterLib.VisibleEnum.LegendOnly, Assert.IsType<Scatter>(traces[1]).Visible);
        var bar = Assert.IsType<Bar>(traces[2]);
        Assert.Equal([86_400_000m], bar.WidthArray);
        Assert.Equal("Killed in Gaza", layout.Title.Text);
        Assert.Equal(Plotly.Blazor.LayoutLib.YAxisLib.RangeModeEnum.Normal, layout.YAxis[0].RangeMode);
        Assert.Null(layout.XAxis[0].Range);
        Assert.Equal("ar", PlotlyFigureMapping.ToConfig(figure, "ar").Locale);
    }

    [Fact]
    public void DayRange_OfAFewDays_IsWidenedToTwoWeeksAroundThem()
    {
        Assert.Equal(("2024-01-04", "2024-01-18"), PlotlyFigureMapping.DayRange(Figure("2024-01-10", "2024-01-12").Data));
        Assert.Null(PlotlyFigureMapping.DayRange(Figure("2024-01-01", "2024-01-15").Data));
        Assert.Null(PlotlyFigureMapping.DayRange([]));
    }

    [Fact]
    public void PointKey_IsThePrefixAndTheClickedDay()
    {
        Assert.Equal("gaza||killed@2024-01-02", PlotlyFigureMapping.PointKey("gaza||killed@", "2024-01-02"));
        Assert.Equal("gaza||killed@2024-01-02", PlotlyFigureMapping.PointKey("gaza||killed@", "2024-01-02 00:00"));
        Assert.Null(PlotlyFigureMapping.PointKey(null, "2024-01-02"));
        Assert.Null(PlotlyFigureMapping.PointKey("p@", "gaza_moh"));
        Assert.Null(PlotlyFigureMapping.PointKey("p@", null));
    }
}

/// <summary>The message about a folded source that could not be loaded, in Arabic.</summary>
public sealed class FigureChartArabicTests() : ComponentTest("ar")
{
    [Fact]
    public async Task AFoldedSourceWhosePointsFail_IsNamedOnThePageInArabic()
    {
        var chart = FigureChartTests.FoldedSourceChart(this, out _);

        await FigureChartTests.ShowFoldedSourceAsync(chart);

        chart.WaitForAssertion(() => Assert.Equal("تعذّر تحميل نقاط AFP (news). انقر عليه في مفتاح الرسم للمحاولة مرة أخرى.",
            chart.Find("[data-testid=trend-chart-folded-failed]").TextContent));
    }
}
