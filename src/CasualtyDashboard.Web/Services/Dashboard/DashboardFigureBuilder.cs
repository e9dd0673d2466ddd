using System.Globalization;
using CasualtyDashboard.Data.Queries;
using CasualtyDashboard.Web.Components.Charts;
using CasualtyDashboard.Web.Resources;
using Microsoft.Extensions.Localization;

namespace CasualtyDashboard.Web.Services.Dashboard;

/// <summary>
/// Turns one reconciled series' points into a plotly figure for the dashboard: the reconciled line (in daily mode, a filled
/// step of the change per day: the change since the previous point ÷ the days it covers, each step spanning those days and
/// its hover saying so, so news and published per-day values compare on one chart), each source as its own marker trace (published reference series dashed), the low–high band of the sources
/// drawn (cumulative only), conflict points and annotated points marked. Sources are narrowed by the view's authorities and
/// outlets (an outlet filter keeps the published series, which come from no outlet). A click on a day opens its point
/// (see <see cref="Build"/>). Plain code over the query results: no database, no JS.
/// </summary>
public sealed class DashboardFigureBuilder(IStringLocalizer<SharedResource> l, CodeNames names)
{
    private const string BandColor = "rgba(120, 120, 120, 0.18)";
    private const string NoteColor = "#e68a00";

    /// <summary>The most news-source markers a chart draws at first (see <see cref="Build"/>).</summary>
    public const int MarkerBudget = 1500;

    /// <summary>The reconciled line shows a marker per point up to this many points; beyond, the line alone (hover and click still work).</summary>
    public const int LineMarkerLimit = 400;

    /// <summary>
    /// The figure of one series. A click anywhere on a day opens that day's point: the chart builds its key from
    /// <paramref name="seriesKey"/> and the clicked date (<c>seriesKey@yyyy-MM-dd</c>), so no point carries its key.
    /// </summary>
    public PlotlyFigure Build(IReadOnlyList<PointView> points, IReadOnlyList<AnnotationView> notes, DashboardView view, string seriesKey, string title, string yTitle, string fileName, int height)
    {
        var daily = view.Mode == DashboardMode.Daily;
        var traces = new List<PlotlyTrace>();
        var sources = Sources(points, view).ToList();
        if (!daily) AddBand(traces, points, sources, view);
        // Thousands of SVG markers make a chart slow to draw and unreadable; past the budget the news sources are listed
        // in the legend (one click draws one) and the page says so. Published series are lines and always drawn.
        var newsMarkers = sources.Where(s => !s.IsReference).Sum(s => s.Claims.Count);
        var folded = newsMarkers > MarkerBudget;
        // A folded source is sent without its points (decision 067: they were most of a view's bytes, sent only in case a
        // legend click drew one): the chart asks for them by the source's authority when the analyst shows it there.
        foreach (var source in sources)
            traces.Add(folded && !source.IsReference ? SourceTrace(source, daily) with { Visible = "legendonly", Deferred = source.Authority } : SourceTrace(source, daily));
        traces.Add(daily ? ReconciledChange(points, view.From) : Reconciled(points));

        var y = points.ToDictionary(p => p.Key, p => daily ? PerDay(p.IncrementChange ?? 0, p.IncrementDays ?? 1) : p.Value, StringComparer.Ordinal);
        AddMarkers(traces, points.Where(p => p.OpenConflicts > 0).ToList(), y, l["Dash.OpenConflict"], new PlotlyMarker("#d62728", 13, "x-open"), l["Dash.ConflictHover"]);
        AddMarkers(traces, points.Where(p => p.Conflicts > p.OpenConflicts).ToList(), y, l["Dash.DecidedConflict"], new PlotlyMarker("#2a7a2a", 13, "circle-open"), l["Dash.ConflictHover"]);
        AddNotes(traces, points, notes, y);

        var figure = new PlotlyFigure(traces, new PlotlyLayout(title)
        {
            XaxisTitle = l["Dash.ReportingDate"], YaxisTitle = yTitle, Height = height, YFromZero = YFromZero(view), FileName = fileName,
            PointKeyPrefix = seriesKey + "@",
        });
        _ = figure.ContentHash; // once, here, off the render: the chart compares it on every render
        return figure.WithDeferredPointsLeftOut();
    }

    /// <summary>
    /// The trace of one news source folded into the legend of <see cref="Build"/>'s figure of the same points and view, with
    /// its points, as the analyst asks for it by showing it there (its <see cref="PlotlyTrace.Deferred"/> key is the
    /// authority); null when the view has no news source of that authority.
    /// </summary>
    public PlotlyTrace? FoldedSource(IReadOnlyList<PointView> points, DashboardView view, string authority)
    {
        ArgumentNullException.ThrowIfNull(view);
        var source = Sources(points, view).FirstOrDefault(s => !s.IsReference && string.Equals(s.Authority, authority, StringComparison.Ordinal));
        return source is null ? null : SourceTrace(source, view.Mode == DashboardMode.Daily);
    }

    /// <summary>
    /// Whether the y axis starts at zero: for cumulative totals drawn from the series' start. A range starting later fits its
    /// values (from zero, months of a large toll would be a flat line at the top); daily changes, which may be negative, always do.
    /// </summary>
    public static bool YFromZero(DashboardView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return view.Mode == DashboardMode.Cumulative && view.From is null;
    }

    /// <summary>One source's current claims in date order, after the view's authority and outlet filters.</summary>
    public sealed record Source(string Authority, bool IsReference, IReadOnlyList<(PointView Point, ClaimView Claim)> Claims);

    public static IEnumerable<Source> Sources(IReadOnlyList<PointView> points, DashboardView view) =>
        points
            .SelectMany(p => p.Claims.Where(c => c.Role == "current" && Shown(c, view)).Select(c => (Point: p, Claim: c)))
            .GroupBy(x => (x.Claim.Authority, x.Claim.IsReference))
            .OrderBy(g => g.Key.IsReference ? 0 : 1).ThenBy(g => g.Key.Authority, StringComparer.Ordinal)
            .Select(g => new Source(g.Key.Authority, g.Key.IsReference, g.OrderBy(x => x.Point.Date).ToList()));

    public static bool Shown(ClaimView claim, DashboardView view) =>
        (view.Authorities.Count == 0 || view.Authorities.Contains(claim.Authority, StringComparer.Ordinal))
        && (view.Outlets.Count == 0 || claim.IsReference || (claim.Outlet is { } o && view.Outlets.Contains(o, StringComparer.Ordinal)));

    private void AddBand(List<PlotlyTrace> traces, IReadOnlyList<PointView> points, List<Source> sources, DashboardView view)
    {
        // Unfiltered, the band is the stored low–high of every claim; filtered, it spans only the sources drawn.
        List<(PointView Point, long Low, long High)> band;
        if (!view.FiltersSources)
            band = points.Select(p => (p, p.Low, p.High)).ToList();
        else
        {
            var shown = sources.SelectMany(s => s.Claims).GroupBy(x => x.Point.Key, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => (Low: g.Min(x => x.Claim.Value), High: g.Max(x => x.Claim.Value)), StringComparer.Ordinal);
            band = points.Where(p => shown.ContainsKey(p.Key)).Select(p => (p, shown[p.Key].Low, shown[p.Key].High)).ToList();
        }
        if (band.Count == 0) return;
        var dates = band.Select(b => Day(b.Point.Date)).ToList();
        traces.Add(new PlotlyTrace(l["Dash.BandLow"], dates, band.Select(b => (double?)b.Low).ToList())
        {
            Mode = "lines", Line = new PlotlyLine(Width: 0), Showlegend = false,
            Hovertemplate = ChartText.Escape(l["Dash.BandLowHover"]) + " %{y:,}<extra></extra>",
        });
        traces.Add(new PlotlyTrace(l["Dash.Band"], dates, band.Select(b => (double?)b.High).ToList())
        {
            Mode = "lines", Line = new PlotlyLine(Width: 0), Fill = "tonexty", Fillcolor = BandColor,
            Hovertemplate = ChartText.Escape(l["Dash.BandHighHover"]) + " %{y:,}<extra></extra>",
        });
    }

    private PlotlyTrace SourceTrace(Source source, bool daily)
    {
        var items = source.Claims;
        var name = ChartText.Escape(names.Authority(source.Authority)) + " (" + l[source.IsReference ? "Dash.Published" : "Dash.News"] + ")";
        var x = new List<string>();
        var y = new List<double?>();
        var text = new List<string>();
        for (var i = 0; i < items.Count; i++)
        {
            var (point, claim) = items[i];
            var via = claim.Outlet is { } o && !source.IsReference ? l["Dash.Via", ChartText.Escape(o)].Value : "";
            if (daily)
            {
                // A source's change is between its own consecutive claims, per day; its first claim in the range has none.
                if (i == 0) continue;
                var previous = items[i - 1];
                var days = point.Date.DayNumber - previous.Point.Date.DayNumber;
                y.Add(PerDay(claim.Value - previous.Claim.Value, days));
                // A one-day change needs no span: the hover's day and its per-day value say it (decision 062: fewer bytes).
                text.Add(days == 1
                    ? $"({Number(previous.Claim.Value)} → {Number(claim.Value)}) {via}"
                    : $"({Number(previous.Claim.Value)} → {Number(claim.Value)}, {Span(claim.Value - previous.Claim.Value, days, point.Date)}) {via}");
            }
            else
            {
                y.Add(claim.Value);
                text.Add(via);
            }
            x.Add(Day(point.Date));
        }
        return new PlotlyTrace(name, x, y)
        {
            Mode = source.IsReference ? "lines" : "markers",
            Line = source.IsReference ? new PlotlyLine(Dash: "dash", Width: 1.5) : null,
            Marker = source.IsReference ? null : new PlotlyMarker(Size: 7, Symbol: "circle-open"),
            // The hover names the source from the trace and the value from y; only the outlet (or the change) is per point.
            Text = text.All(t => t.Length == 0) ? null : text,
            Hovertemplate = "%{x|%Y-%m-%d} %{fullData.name}: %{y:" + (daily ? "+,.1f" : ",") + "}" + (daily ? ChartText.Escape(l["Dash.PerDay"]) : "") + " %{text}<extra></extra>",
        };
    }

    private PlotlyTrace Reconciled(IReadOnlyList<PointView> points) =>
        new(l["Dash.Reconciled"], points.Select(p => Day(p.Date)).ToList(), points.Select(p => (double?)p.Value).ToList())
        {
            Mode = points.Count > LineMarkerLimit ? "lines" : "lines+markers", Line = new PlotlyLine(Color: "#222222", Width: 2.5), Marker = new PlotlyMarker(Color: "#222222", Size: 4),
            Text = RuleNames(points),
            Hovertemplate = "%{x|%Y-%m-%d} " + ChartText.Escape(l["Dash.ReconciledHover"]) + " %{y:,} (%{text})<extra></extra>",
        };

    /// <summary>
    /// Each point's reconciliation rule named in the interface language (<c>authority_priority</c> reads "authority
    /// priority" / "أولوية الجهة المصدِرة"), each distinct rule looked up once: one string per rule, not per point.
    /// </summary>
    private List<string> RuleNames(IReadOnlyList<PointView> points)
    {
        var named = new Dictionary<string, string>(StringComparer.Ordinal);
        return points.Select(p => named.TryGetValue(p.Rule, out var name) ? name
            : named[p.Rule] = ChartText.Escape(l[$"Rule.{p.Rule}"] is { ResourceNotFound: false } found ? found.Value : CodeNames.Readable(p.Rule))).ToList();
    }

    /// <summary>
    /// The reconciled change per day since the series' previous point (stored by the run, so a date range keeps its first
    /// change), drawn as one filled step line: each point's value held over the days it covers, ending with its day
    /// (decision 075). A bar per point drew the same shape as 1,040 SVG paths, and plotly's redraw of them was most of the
    /// daily view's time; one path draws it in a fraction of that. Each step's point sits at the end of its day
    /// (<see cref="EndOfDay"/>): its hover names that day, a click opens it, and the step spans the whole day, as the bar did.
    /// A step over several days (and the first step, from the start of its span or <paramref name="from"/>, the view's first
    /// day, if later) also has a point at the start of each of its days, with the step's value and text: plotly answers a
    /// hover within 20 px of a point, so without them a long step (a 42-day gap) answered near its end only, where a bar
    /// answered anywhere over it (decision 080). They add no path: the line runs through them at the step's height. A
    /// click on one opens the step's point (<see cref="DashboardChartService.PointAsync"/> takes the next point).
    /// </summary>
    private PlotlyTrace ReconciledChange(IReadOnlyList<PointView> points, DateOnly? from)
    {
        var withChange = points.Where(p => p.IncrementChange is not null).ToList();
        var total = ChartText.Escape(l["Dash.InTotal"]);
        var spanThenTotal = ChartText.Escape(l["Dash.SpanThenTotal"]);
        var x = new List<string>(withChange.Count + 1);
        var y = new List<double?>(withChange.Count + 1);
        var text = new List<string>(withChange.Count + 1);
        DateOnly? previous = null;
        foreach (var p in withChange)
        {
            var days = Math.Max(p.IncrementDays ?? 1, 1);
            var perDay = PerDay(p.IncrementChange!.Value, days);
            var inTotal = $"{Number(p.Value)} {total}";
            // The span and the total joined by the language's comma (the Arabic one in Arabic), from the resource table.
            var said = days == 1 ? inTotal : string.Format(CultureInfo.InvariantCulture, spanThenTotal, Span(p.IncrementChange!.Value, days, p.Date), inTotal);
            if (previous is null || days > 1)
            {
                var start = p.Date.AddDays(1 - days);
                if (from is { } f && f > start) start = f;
                if (previous is { } before && before >= start) start = before.AddDays(1);
                for (var day = start; day <= p.Date; day = day.AddDays(1))
                {
                    x.Add(Day(day));
                    y.Add(perDay);
                    text.Add(said);
                }
            }
            x.Add(Day(p.Date) + EndOfDay);
            y.Add(perDay);
            text.Add(said);
            previous = p.Date;
        }
        return new PlotlyTrace(l["Dash.ReconciledChange"], x, y)
        {
            Mode = "lines", Line = new PlotlyLine(Color: "#555555", Width: 1, Shape: "vh"), Fill = "tozeroy", Fillcolor = "#555555",
            Text = text,
            Hovertemplate = "%{x|%Y-%m-%d} " + ChartText.Escape(l["Dash.ReconciledHover"]) + " %{y:+,.1f}" + ChartText.Escape(l["Dash.PerDay"]) + " (%{text})<extra></extra>",
        };
    }

    /// <summary>The last moment of a day on plotly's date axis: a daily step's point, so its step covers the whole day.</summary>
    public const string EndOfDay = " 23:59:59.999";

    /// <summary>A change spread evenly over the days it covers.</summary>
    public static double PerDay(long change, int days) => Math.Round((double)change / Math.Max(days, 1), 1);

    /// <summary>"+1,672 over 42 days, 2024-09-21 to 2024-11-01": what a per-day value stands for.</summary>
    private string Span(long change, int days, DateOnly end) =>
        ChartText.Escape(UiPlural.Format(l["Dash.ChangeSpan"].Value, Signed(change), days, Day(end.AddDays(1 - Math.Max(days, 1))), Day(end)));

    private static void AddMarkers(List<PlotlyTrace> traces, List<PointView> points, Dictionary<string, double> y, string name, PlotlyMarker marker, string hover)
    {
        if (points.Count == 0) return;
        traces.Add(new PlotlyTrace(name, points.Select(p => Day(p.Date)).ToList(), points.Select(p => (double?)y[p.Key]).ToList())
        {
            Mode = "markers", Marker = marker,
            Hovertemplate = "%{x|%Y-%m-%d}: " + ChartText.Escape(name) + " (" + ChartText.Escape(hover) + ")<extra></extra>",
        });
    }

    /// <summary>One marker per annotated point, its notes (with tags and who wrote them) on hover.</summary>
    private void AddNotes(List<PlotlyTrace> traces, IReadOnlyList<PointView> points, IReadOnlyList<AnnotationView> notes, Dictionary<string, double> y)
    {
        var byPoint = notes.Where(n => n.PointKey is not null && !n.Deleted).GroupBy(n => n.PointKey!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var annotated = points.Where(p => byPoint.ContainsKey(p.Key)).ToList();
        if (annotated.Count == 0) return;
        traces.Add(new PlotlyTrace(l["Dash.Notes"], annotated.Select(p => Day(p.Date)).ToList(), annotated.Select(p => (double?)y[p.Key]).ToList())
        {
            Mode = "markers", Marker = new PlotlyMarker(NoteColor, 14, "star"),
            Text = annotated.Select(p => string.Join("<br>", byPoint[p.Key].Select(NoteLine))).ToList(),
            Hovertemplate = "%{x|%Y-%m-%d}<br>%{text}<extra></extra>",
        });
    }

    private static string NoteLine(AnnotationView note)
    {
        var text = note.Text.Length > 200 ? note.Text[..200] + "…" : note.Text;
        var tags = note.Tags.Count > 0 ? " [" + string.Join(", ", note.Tags) + "]" : "";
        return ChartText.Escape($"{text}{tags} ({note.UpdatedBy ?? note.By})").Replace("\n", " ");
    }

    private static string Number(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
    /// <summary>A change with its sign, digits grouped as everywhere in the interface: +1,672.</summary>
    public static string Signed(long value) => value.ToString("+#,0;-#,0;0", CultureInfo.InvariantCulture);
    internal static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
