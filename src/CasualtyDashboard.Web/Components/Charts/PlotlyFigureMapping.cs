using System.Globalization;
using Plotly.Blazor;
using Plotly.Blazor.LayoutLib;
using Plotly.Blazor.Traces;

namespace CasualtyDashboard.Web.Components.Charts;

/// <summary>
/// Our figure records (<see cref="PlotlyFigure"/>, built and tested as plain C#) as Plotly.Blazor's traces, layout and
/// config. The chart shows reporting days: a span under two weeks is widened to two weeks around its dates, so the axis
/// shows days rather than the hours of one day.
/// </summary>
public static class PlotlyFigureMapping
{
    private const double TwoWeeks = 14;

    /// <summary>plotly's spelling of no background colour.</summary>
    public const string Transparent = "rgba(0,0,0,0)";

    public static IList<ITrace> ToTraces(PlotlyFigure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        return figure.Data.Select(t => t.Type == "bar" ? (ITrace)Bar(t) : Scatter(t)).ToList();
    }

    private static Scatter Scatter(PlotlyTrace t) => new()
    {
        Name = t.Name,
        X = [.. t.X],
        Y = t.Y.Select(y => (object)y!).ToList(),
        Mode = t.Mode switch
        {
            "markers" => Plotly.Blazor.Traces.ScatterLib.ModeFlag.Markers,
            "lines" => Plotly.Blazor.Traces.ScatterLib.ModeFlag.Lines,
            _ => Plotly.Blazor.Traces.ScatterLib.ModeFlag.Lines | Plotly.Blazor.Traces.ScatterLib.ModeFlag.Markers,
        },
        Line = t.Line is { } line
            ? new Plotly.Blazor.Traces.ScatterLib.Line
            {
                Color = line.Color, Dash = line.Dash, Width = (decimal?)line.Width,
                Shape = line.Shape == "vh" ? Plotly.Blazor.Traces.ScatterLib.LineLib.ShapeEnum.Vh : null,
            }
            : null,
        Marker = t.Marker is { } m ? new Plotly.Blazor.Traces.ScatterLib.Marker { Color = m.Color, Size = (decimal?)m.Size, Symbol = Symbol(m.Symbol) } : null,
        Fill = t.Fill switch
        {
            "tonexty" => Plotly.Blazor.Traces.ScatterLib.FillEnum.ToNextY,
            "tozeroy" => Plotly.Blazor.Traces.ScatterLib.FillEnum.ToZeroY,
            _ => null,
        },
        FillColor = t.Fillcolor,
        ShowLegend = t.Showlegend,
        Visible = t.Visible == "legendonly" ? Plotly.Blazor.Traces.ScatterLib.VisibleEnum.LegendOnly : null,
        TextArray = t.Text?.ToList(),
        CustomData = t.Customdata?.Select(x => (object)x).ToList(),
        HoverTemplate = t.Hovertemplate,
    };

    private static Bar Bar(PlotlyTrace t) => new()
    {
        Name = t.Name,
        X = [.. t.X],
        Y = t.Y.Select(y => (object)y!).ToList(),
        Marker = t.Marker is { Color: { } color } ? new Plotly.Blazor.Traces.BarLib.Marker { Color = color } : null,
        ShowLegend = t.Showlegend,
        TextArray = t.Text?.ToList(),
        TextPosition = t.Textposition == "none" ? Plotly.Blazor.Traces.BarLib.TextPositionEnum.None : null,
        WidthArray = t.Width?.Select(w => (decimal?)w).ToList(),
        OffsetArray = t.Offset?.Select(o => (decimal?)o).ToList(),
        HoverTemplate = t.Hovertemplate,
    };

    private static Plotly.Blazor.Traces.ScatterLib.MarkerLib.SymbolEnum? Symbol(string? symbol) => symbol switch
    {
        null => null,
        "x-open" => Plotly.Blazor.Traces.ScatterLib.MarkerLib.SymbolEnum.XOpen,
        "circle-open" => Plotly.Blazor.Traces.ScatterLib.MarkerLib.SymbolEnum.CircleOpen,
        "star" => Plotly.Blazor.Traces.ScatterLib.MarkerLib.SymbolEnum.Star,
        _ => Plotly.Blazor.Traces.ScatterLib.MarkerLib.SymbolEnum.Circle,
    };

    /// <summary>Where the title's top sits, in pixels from the chart's top: below plotly's mode bar.</summary>
    public const int TitleTop = 32;

    public static Plotly.Blazor.Layout ToLayout(PlotlyFigure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        var layout = figure.Layout;
        return new Plotly.Blazor.Layout
        {
            // The title on a line of its own below plotly's mode bar (fixed at the box's top right, 2-28 px): centred on
            // the plot, a long title (an Arabic one, a half-width panel) ran under the buttons.
            Title = new Title
            {
                Text = layout.Title, YRef = Plotly.Blazor.LayoutLib.TitleLib.YRefEnum.Container, Y = 1,
                YAnchor = Plotly.Blazor.LayoutLib.TitleLib.YAnchorEnum.Top, Pad = new Plotly.Blazor.LayoutLib.TitleLib.Pad { T = TitleTop },
            },
            Height = layout.Height,
            AutoSize = true,
            // The page's background shows through, light or dark; the words and grid take the theme's colours from
            // FigureChart.razor.css. plotly's exports fill a transparent background with white.
            PaperBgColor = Transparent,
            PlotBgColor = Transparent,
            Margin = new Margin { T = TitleTop + 40, R = 20, B = 50, L = 70 },
            XAxis =
            [
                new XAxis
                {
                    Title = new Plotly.Blazor.LayoutLib.XAxisLib.Title { Text = layout.XaxisTitle ?? "" },
                    Type = Plotly.Blazor.LayoutLib.XAxisLib.TypeEnum.Date,
                    Range = DayRange(figure.Data) is { } range ? [range.From, range.To] : null,
                },
            ],
            YAxis =
            [
                new YAxis
                {
                    Title = new Plotly.Blazor.LayoutLib.YAxisLib.Title { Text = layout.YaxisTitle ?? "" },
                    RangeMode = layout.YFromZero ? Plotly.Blazor.LayoutLib.YAxisLib.RangeModeEnum.ToZero : Plotly.Blazor.LayoutLib.YAxisLib.RangeModeEnum.Normal,
                    ZeroLine = true,
                },
            ],
            ShowLegend = true,
            Legend = [new Legend { Orientation = Plotly.Blazor.LayoutLib.LegendLib.OrientationEnum.H, Y = -0.2m }],
            HoverMode = HoverModeEnum.Closest,
        };
    }

    /// <summary>The chart's config: responsive, plotly's PNG button saving at twice the size, and plotly's locale (<c>ar</c> for Arabic month names).</summary>
    public static Config ToConfig(PlotlyFigure figure, string? locale)
    {
        ArgumentNullException.ThrowIfNull(figure);
        return new Config
        {
            Responsive = true,
            DisplayLogo = false,
            Locale = locale,
            ToImageButtonOptions = new Dictionary<string, object> { ["format"] = "png", ["filename"] = figure.Layout.FileName ?? "chart", ["scale"] = 2 },
        };
    }

    /// <summary>
    /// A trace's points as plotly's <c>update</c> takes them for one trace (each attribute's value wrapped in a one-element
    /// array: plotly reads an array as one value per trace): x, y and the per-point hover texts. What a chart sends to draw a
    /// trace it had drawn without points (decision 067); its style, template and visibility stay as they are.
    /// </summary>
    public static Dictionary<string, object> PointsOf(PlotlyTrace trace)
    {
        ArgumentNullException.ThrowIfNull(trace);
        var update = new Dictionary<string, object> { ["x"] = new[] { trace.X }, ["y"] = new[] { trace.Y } };
        if (trace.Text is { } text) update["text"] = new[] { text };
        if (trace.Customdata is { } custom) update["customdata"] = new[] { custom };
        return update;
    }

    /// <summary>The x range a chart of fewer than two weeks is widened to (centred on its days), or null: plotly fits longer spans itself.</summary>
    public static (string From, string To)? DayRange(IEnumerable<PlotlyTrace> traces)
    {
        ArgumentNullException.ThrowIfNull(traces);
        var days = traces.SelectMany(t => t.X)
            .Select(x => DateOnly.TryParseExact(x.Length >= 10 ? x[..10] : x, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : (DateOnly?)null)
            .OfType<DateOnly>().ToList();
        if (days.Count == 0) return null;
        var (min, max) = (days.Min(), days.Max());
        var span = max.DayNumber - min.DayNumber;
        if (span >= TwoWeeks) return null;
        var pad = (TwoWeeks - span) / 2;
        var start = min.ToDateTime(TimeOnly.MinValue).AddDays(-pad);
        var end = max.ToDateTime(TimeOnly.MinValue).AddDays(pad);
        return (start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), end.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// The key of a clicked day's point: <paramref name="prefix"/> (the figure's <see cref="PlotlyLayout.PointKeyPrefix"/>) and the
    /// day of plotly's x (<c>2024-01-02</c> or <c>2024-01-02 00:00</c>); null without a prefix or a day.
    /// </summary>
    public static string? PointKey(string? prefix, object? x)
    {
        var day = x?.ToString();
        return prefix is null || day is null || day.Length < 10
            || !DateOnly.TryParseExact(day[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            ? null : prefix + day[..10];
    }
}
