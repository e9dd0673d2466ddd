using System.Text.Json;
using CasualtyDashboard.Web.Components.Charts;

namespace CasualtyDashboard.Web.Components.Tests;

/// <summary>Which traces sent without points a chart asks for, from plotly's restyle events (decision 067).</summary>
public sealed class DeferredTracesTests
{
    // Traces 0 and 3 drawn; 1 and 2 folded sources sent without their points.
    private static readonly PlotlyFigure Figure = new(
    [
        new PlotlyTrace("Low", ["2024-01-01"], [1]),
        new PlotlyTrace("AFP (news)", [], []) { Visible = "legendonly", Deferred = "afp" },
        new PlotlyTrace("Reuters (news)", [], []) { Visible = "legendonly", Deferred = "reuters" },
        new PlotlyTrace("Reconciled", ["2024-01-01"], [1]),
    ], new PlotlyLayout("t"));

    private static Dictionary<string, JsonElement> Visible(string json) => new() { ["visible"] = JsonDocument.Parse(json).RootElement.Clone() };

    private static DeferredTraces Taken()
    {
        var deferred = new DeferredTraces();
        deferred.Reset(Figure);
        return deferred;
    }

    [Fact]
    public void ALegendClickShowingAFoldedSource_AsksForItsPointsOnce()
    {
        var deferred = Taken();

        Assert.Equal([(2, "reuters")], deferred.Shown(Visible("[true]"), [2], 4));
        Assert.Empty(deferred.Shown(Visible("[true]"), [2], 4)); // hidden and shown again: its points are there
        Assert.Empty(deferred.Shown(Visible("[true]"), [3], 4)); // a trace drawn with its points
        Assert.Empty(deferred.Shown(Visible("[\"legendonly\"]"), [1], 4)); // hidden, not shown
        Assert.Empty(deferred.Shown(new Dictionary<string, JsonElement>(), [1], 4)); // another restyle
        Assert.Empty(deferred.Shown(null, null, 4));
    }

    [Fact]
    public void ADoubleClickShowingEveryTrace_AsksForEveryFoldedSource_AndIsolatingOneForThatOne()
    {
        Assert.Equal([(1, "afp"), (2, "reuters")], Taken().Shown(Visible("true"), null, 4));
        Assert.Equal([(1, "afp")], Taken().Shown(Visible("[\"legendonly\", true, \"legendonly\", \"legendonly\"]"), [0, 1, 2, 3], 4));
        Assert.Equal([(1, "afp"), (2, "reuters")], Taken().Shown(Visible("[true]"), [0, 1, 2], 4)); // one value for each named trace
    }

    [Fact]
    public void AFailedLoad_IsAskedAgain_AndANewFigureStartsAfresh()
    {
        var deferred = Taken();
        Assert.Single(deferred.Shown(Visible("[true]"), [1], 4));

        deferred.Failed(1);
        Assert.Single(deferred.Shown(Visible("[true]"), [1], 4));

        var generation = deferred.Generation;
        deferred.Reset(Figure);
        Assert.NotEqual(generation, deferred.Generation);
        Assert.True(deferred.Any);
        Assert.Single(deferred.Shown(Visible("[true]"), [1], 4));

        deferred.Reset(new PlotlyFigure([Figure.Data[0]], Figure.Layout));
        Assert.False(deferred.Any);
        Assert.Empty(deferred.Shown(Visible("true"), null, 1));
    }
}
