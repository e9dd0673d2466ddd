using System.Text.Json;
using System.Text.Json.Serialization;

namespace CasualtyDashboard.Web.Components.Charts;

/// <summary>A plotly figure as C# records: what pages hand to <see cref="PlotlyChart"/>. Only the parts we use.</summary>
public sealed record PlotlyFigure(IReadOnlyList<PlotlyTrace> Data, PlotlyLayout Layout)
{
    internal static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    private ulong? _contentHash;

    /// <summary>A copy (<c>with</c>) computes its own hash.</summary>
    private PlotlyFigure(PlotlyFigure original)
    {
        Data = original.Data;
        Layout = original.Layout;
    }

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>
    /// This figure without its traces: the same layout and content hash, so <see cref="SameContent"/> still matches it. What
    /// a page and a chart keep once the figure has been sent to the browser (plotly holds the data there): the points,
    /// their dates and hover texts are not kept per circuit for as long as the page stays open.
    /// </summary>
    public PlotlyFigure WithoutData() =>
        Data.Count == 0 ? this : new PlotlyFigure([], Layout) { _contentHash = ContentHash };

    /// <summary>
    /// This figure as it is sent: every trace with a <see cref="PlotlyTrace.Deferred"/> key without its points (an entry in
    /// the legend, its style and hover template kept, <see cref="PlotlyTrace.WithoutPoints"/>), the others as they are. Its content hash is this whole figure's, so a
    /// figure whose deferred points changed (another outlet chosen, say) is still another chart. A chart asks for a deferred
    /// trace's points by its key once the user shows it (decision 067).
    /// </summary>
    public PlotlyFigure WithDeferredPointsLeftOut()
    {
        if (!Data.Any(t => t.Deferred is not null)) return this;
        return new PlotlyFigure([.. Data.Select(t => t.Deferred is null ? t : t.WithoutPoints())], Layout) { _contentHash = ContentHash };
    }

    /// <summary>
    /// A 64-bit hash of the figure's content (traces and layout), computed once per figure (the builder asks for it as it
    /// builds): a chart compares it with the drawn figure's instead of serialising both (up to a megabyte) on every render.
    /// </summary>
    public ulong ContentHash => _contentHash ??= FigureHash.Of(this);

    /// <summary>Whether <paramref name="other"/> draws the same chart: the same content hash and layout.</summary>
    public bool SameContent(PlotlyFigure? other) =>
        other is not null && (ReferenceEquals(this, other) || (Layout == other.Layout && ContentHash == other.ContentHash));
}

/// <summary>One trace (<c>scatter</c> lines or markers).</summary>
public sealed record PlotlyTrace(string Name, IReadOnlyList<string> X, IReadOnlyList<double?> Y)
{
    public string Type { get; init; } = "scatter";
    public string Mode { get; init; } = "lines+markers";
    public PlotlyLine? Line { get; init; }
    public PlotlyMarker? Marker { get; init; }
    public string? Fill { get; init; }
    public string? Fillcolor { get; init; }
    public bool? Showlegend { get; init; }
    /// <summary><c>legendonly</c>: listed in the legend, drawn when the user clicks it there.</summary>
    public string? Visible { get; init; }
    public IReadOnlyList<string>? Text { get; init; }
    public IReadOnlyList<string>? Customdata { get; init; }
    /// <summary>Where a bar's text goes; <c>none</c> keeps it for the hover only.</summary>
    public string? Textposition { get; init; }
    /// <summary>Each bar's width in axis units (milliseconds on a date axis), so a bar can span the days it covers.</summary>
    public IReadOnlyList<double>? Width { get; init; }
    /// <summary>Where each bar starts relative to its x (milliseconds on a date axis).</summary>
    public IReadOnlyList<double>? Offset { get; init; }
    public string? Hovertemplate { get; init; }

    /// <summary>
    /// Set on a trace listed in the legend but not drawn at first (a news source folded past the marker budget): the key its
    /// points are asked for by when the user shows it there. <see cref="PlotlyFigure.WithDeferredPointsLeftOut"/> sends
    /// such a trace without them (decision 067).
    /// </summary>
    public string? Deferred { get; init; }

    /// <summary>
    /// This trace without its points: its name, style and template, and one placeholder point (its first day, no value) where
    /// it had any: plotly drops a trace without points from the legend (its defaults make it invisible), and draws nothing
    /// for a point without a value.
    /// </summary>
    public PlotlyTrace WithoutPoints() =>
        this with { X = X.Count > 0 ? [X[0]] : [], Y = X.Count > 0 ? [null] : [], Text = null, Customdata = null, Width = null, Offset = null };
}

/// <summary>A trace's line; <paramref name="Shape"/> <c>vh</c> draws steps (each point's value held back to the previous point).</summary>
public sealed record PlotlyLine(string? Color = null, string? Dash = null, double? Width = null, string? Shape = null);

public sealed record PlotlyMarker(string? Color = null, double? Size = null, string? Symbol = null);

public sealed record PlotlyLayout(string Title)
{
    public string? XaxisTitle { get; init; }
    public string? YaxisTitle { get; init; }
    public int Height { get; init; } = 420;
    /// <summary>Whether the y axis starts at zero (cumulative totals) or follows the data (changes, which may be negative).</summary>
    public bool YFromZero { get; init; } = true;
    /// <summary>The file name (without extension) of PNG and SVG downloads.</summary>
    public string? FileName { get; init; }
    /// <summary>
    /// When set, a click on a point without custom data reports this prefix and the point's date (<c>yyyy-MM-dd</c>): the
    /// key of the day's point, without sending a key per point.
    /// </summary>
    public string? PointKeyPrefix { get; init; }
}
