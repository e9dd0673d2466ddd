using System.Reflection;
using CasualtyDashboard.Web.Components.Charts;

namespace CasualtyDashboard.Web.Components.Tests;

/// <summary>What the chart draws and when: content comparison by hash, one redraw at a time, the draw count, the resize.</summary>
public sealed class ChartDrawStateTests
{
    private static PlotlyFigure Figure(double last = 3, string title = "Killed") =>
        new([new PlotlyTrace("Reconciled", ["2024-01-01", "2024-01-02"], [1, last]) { Mode = "lines" }], new PlotlyLayout(title));

    [Fact]
    public void Set_ARebuiltFigureWithTheSameContent_IsNotANewVersion()
    {
        var state = new ChartDrawState();

        Assert.True(state.Set(Figure()));
        Assert.False(state.Set(Figure()));
        Assert.True(state.Set(Figure(last: 4)));
        Assert.True(state.Set(Figure(last: 4, title: "Injured")));
    }

    [Fact]
    public void Redraws_WaitForTheFirstDraw_RunOneAtATime_AndDrawTheLatestFigureOnce()
    {
        var state = new ChartDrawState();
        state.Set(Figure());
        Assert.False(state.TryBeginRedraw());
        Assert.Equal(0, state.Revision);

        state.FirstDrawn(sizeKey: 1);
        Assert.Equal(1, state.Revision);
        Assert.True(state.TryBeginRedraw());
        Assert.False(state.TakeNewerFigure()); // the first draw showed it
        state.EndRedraw();

        state.Set(Figure(last: 4));
        Assert.True(state.TryBeginRedraw());
        Assert.False(state.TryBeginRedraw()); // a render during the react waits
        state.Set(Figure(last: 5));           // set while reacting: the running redraw takes it after
        Assert.True(state.TakeNewerFigure());
        state.Reacted();
        Assert.False(state.TakeNewerFigure()); // both figures set meanwhile are one react: the latest
        state.EndRedraw();

        Assert.Equal(2, state.Revision);
    }

    [Fact]
    public void TakeResize_OnlyWhenTheSizeKeyChanged()
    {
        var state = new ChartDrawState();
        state.Set(Figure());
        state.FirstDrawn(sizeKey: 2);

        Assert.False(state.TakeResize(2));
        Assert.True(state.TakeResize(3));
        Assert.False(state.TakeResize(3));
    }

    [Fact]
    public void ContentHash_ChangesWithEveryTraceProperty_SoNoneIsForgotten()
    {
        var baseline = new PlotlyTrace("a", ["2024-01-01"], [1]);
        var changed = new Dictionary<string, PlotlyTrace>
        {
            [nameof(PlotlyTrace.Name)] = baseline with { Name = "b" },
            [nameof(PlotlyTrace.X)] = baseline with { X = ["2024-01-02"] },
            [nameof(PlotlyTrace.Y)] = baseline with { Y = [(double?)null] },
            [nameof(PlotlyTrace.Type)] = baseline with { Type = "bar" },
            [nameof(PlotlyTrace.Mode)] = baseline with { Mode = "lines" },
            [nameof(PlotlyTrace.Line)] = baseline with { Line = new PlotlyLine(Dash: "dash") },
            [nameof(PlotlyTrace.Marker)] = baseline with { Marker = new PlotlyMarker(Size: 7) },
            [nameof(PlotlyTrace.Fill)] = baseline with { Fill = "tonexty" },
            [nameof(PlotlyTrace.Fillcolor)] = baseline with { Fillcolor = "red" },
            [nameof(PlotlyTrace.Showlegend)] = baseline with { Showlegend = false },
            [nameof(PlotlyTrace.Visible)] = baseline with { Visible = "legendonly" },
            [nameof(PlotlyTrace.Text)] = baseline with { Text = ["x"] },
            [nameof(PlotlyTrace.Customdata)] = baseline with { Customdata = ["k"] },
            [nameof(PlotlyTrace.Textposition)] = baseline with { Textposition = "none" },
            [nameof(PlotlyTrace.Width)] = baseline with { Width = [1] },
            [nameof(PlotlyTrace.Offset)] = baseline with { Offset = [0] },
            [nameof(PlotlyTrace.Hovertemplate)] = baseline with { Hovertemplate = "%{y}" },
            [nameof(PlotlyTrace.Deferred)] = baseline with { Deferred = "gaza_moh" },
        };
        var properties = typeof(PlotlyTrace).GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => p.Name).Where(n => n != "EqualityContract");
        Assert.Empty(properties.Except(changed.Keys)); // a new property needs a line here and in FigureHash

        var hash = new PlotlyFigure([baseline], new PlotlyLayout("t")).ContentHash;
        foreach (var (property, trace) in changed)
            Assert.True(new PlotlyFigure([trace], new PlotlyLayout("t")).ContentHash != hash, property);
        Assert.Equal(hash, new PlotlyFigure([baseline with { }], new PlotlyLayout("t")).ContentHash);
    }

    [Fact]
    public void ContentHash_OfACopyWithOtherData_IsItsOwn()
    {
        var figure = Figure();
        var hash = figure.ContentHash;

        var copy = figure with { Data = Figure(last: 9).Data };

        Assert.NotEqual(hash, copy.ContentHash);
        Assert.False(copy.SameContent(figure));
        Assert.True((figure with { }).SameContent(figure));
    }
}
