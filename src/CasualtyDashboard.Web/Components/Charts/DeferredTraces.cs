using System.Text.Json;

namespace CasualtyDashboard.Web.Components.Charts;

/// <summary>
/// The traces of the figure a chart holds that were sent without their points (<see cref="PlotlyTrace.Deferred"/>: news
/// sources folded into the legend), and which of them the user has shown since, so each one's points are asked for once.
/// Plain state, no JS: <see cref="FigureChart"/> feeds it plotly's restyle events and draws what it answers (decision 067).
/// </summary>
public sealed class DeferredTraces
{
    private Dictionary<int, string> _keys = [];
    private Dictionary<int, string> _names = [];
    private readonly HashSet<int> _asked = [];

    /// <summary>Counts the figures taken: a load begun for an earlier one is not drawn into a later one.</summary>
    public int Generation { get; private set; }

    /// <summary>Whether the figure has traces waiting for their points (the chart then listens to the legend).</summary>
    public bool Any => _keys.Count > 0;

    /// <summary>Takes a new figure (the chart draws it next): its traces sent without points, none asked for yet.</summary>
    public void Reset(PlotlyFigure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        _keys = figure.Data.Select((t, i) => (Trace: t, Index: i)).Where(x => x.Trace.Deferred is not null)
            .ToDictionary(x => x.Index, x => x.Trace.Deferred!);
        _names = figure.Data.Select((t, i) => (Trace: t, Index: i)).Where(x => x.Trace.Deferred is not null)
            .ToDictionary(x => x.Index, x => x.Trace.Name);
        _asked.Clear();
        Generation++;
    }

    /// <summary>
    /// The traces plotly's restyle event made visible (a legend click; a double click isolating one or showing them all)
    /// that wait for their points and were not asked for yet, with their keys; each now counts as asked. plotly's event is
    /// the change (<c>visible</c>: one value for every trace, or one per trace of <paramref name="indices"/>, cycled) and the
    /// traces it applies to (all when none are named).
    /// </summary>
    public IReadOnlyList<(int Index, string Key)> Shown(IDictionary<string, JsonElement>? changes, IReadOnlyList<int>? indices, int traceCount)
    {
        if (_keys.Count == 0 || changes is null || !changes.TryGetValue("visible", out var visible)) return [];
        var targets = indices ?? Enumerable.Range(0, traceCount).ToList();
        var values = visible.ValueKind == JsonValueKind.Array ? visible.EnumerateArray().ToList() : [visible];
        if (values.Count == 0) return [];
        var shown = new List<(int, string)>();
        for (var k = 0; k < targets.Count; k++)
        {
            if (values[k % values.Count].ValueKind != JsonValueKind.True) continue;
            var index = targets[k];
            if (_keys.TryGetValue(index, out var key) && _asked.Add(index)) shown.Add((index, key));
        }
        return shown;
    }

    /// <summary>A trace's points could not be had or drawn: the next time it is shown they are asked for again.</summary>
    public void Failed(int index) => _asked.Remove(index);

    /// <summary>The legend's name of a trace sent without its points (what a message about it names), or null.</summary>
    public string? NameOf(int index) => _names.GetValueOrDefault(index);
}
