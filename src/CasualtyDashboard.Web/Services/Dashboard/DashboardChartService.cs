using CasualtyDashboard.Data.Queries;
using CasualtyDashboard.Extraction.Model;
using CasualtyDashboard.Extraction.Schema;
using CasualtyDashboard.Jobs.Reconciliation;
using CasualtyDashboard.Reconciliation;
using CasualtyDashboard.Web.Components.Charts;
using CasualtyDashboard.Web.Resources;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace CasualtyDashboard.Web.Services.Dashboard;

/// <summary>
/// Builds the dashboard for a view from the stored reconciliation: per panel, the cumulative series of the region, category
/// and subgroup with the most points (the whole region, no sub-area), its points in the date range with their claims, and
/// the notes on them, and the toll's headline as of the last point drawn. A panel whose toll has no series yet (subgroup "all" only) shows the extracted figures by authority.
/// </summary>
public sealed class DashboardChartService(
    ReconciliationQueries queries, AnnotationQueries notes, TrendChartService extracted, DashboardFigureBuilder builder,
    IStringLocalizer<SharedResource> l, IOptions<ReconciliationSettings>? settings = null, ClaimSentenceQuery? sentences = null,
    DashboardDataCache? cache = null)
{
    private readonly ReconciliationOptions _options = (settings?.Value ?? new ReconciliationSettings()).ToOptions();
    private readonly DashboardDataCache _cache = cache ?? new DashboardDataCache(queries);
    private readonly CodeNames _names = new(l);

    public async Task<DashboardCharts> BuildAsync(DashboardView view, CancellationToken ct = default)
    {
        // The reconciliation output is read from the app's cache at its current version (decision 056).
        var data = await _cache.SnapshotAsync(ct);
        var all = Cumulative(await data.SeriesAsync(ct));
        var inRegion = all.Where(s => s.Region == view.Region).ToList();
        var regions = all.GroupBy(s => s.Region).OrderByDescending(g => g.Sum(s => s.PointCount)).Select(g => g.Key).ToList();
        // A region no series and no figure has (a mistyped link, say) is named as unknown, not left to look like pending work.
        // The figures are asked only when the series do not settle it (counting every figure's region took 150 ms at 1,000,000).
        bool unknown;
        if (regions.Count == 0)
        {
            regions = [.. await extracted.RegionsAsync(ct)];
            unknown = !regions.Contains(view.Region);
        }
        else unknown = !regions.Contains(view.Region) && !await extracted.HasRegionAsync(view.Region, ct);
        if (!regions.Contains(view.Region)) regions.Insert(0, view.Region);

        // Panels are built side by side (each query on its own connection); the sources offered are those of every panel.
        var built = await Task.WhenAll(view.Panels.Select(p => PanelAsync(data, view, inRegion, p.Category, p.Subgroup, ct)));
        var panels = built.Select(b => b.Panel).ToList();
        var authorities = new SortedSet<string>(StringComparer.Ordinal);
        var outlets = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var claim in built.SelectMany(b => b.Points).SelectMany(p => p.Claims).Where(c => c.Role == "current"))
        {
            authorities.Add(claim.Authority);
            if (claim.Outlet is { } outlet) outlets.Add(outlet);
        }

        var subgroups = inRegion.Select(s => s.Subgroup).Distinct()
            .Select(code => SchemaCodes.TryParseSubgroup(code, out var s) ? s : (FigureSubgroup?)null).OfType<FigureSubgroup>()
            .Union(view.Subgroups).Order().ToList();
        // Chosen names stay offered even when the range holds none of their claims, so they can be taken off again.
        authorities.UnionWith(view.Authorities);
        outlets.UnionWith(view.Outlets);
        var status = await data.StatusAsync(ct);
        return new DashboardCharts(view, panels, regions, subgroups, [.. authorities], [.. outlets], status?.UnplacedFigures ?? 0) { UnknownRegion = unknown };
    }

    /// <summary>
    /// Starts reading what <see cref="BuildAsync"/> of <paramref name="view"/> will read into the app's cache, without waiting:
    /// the prerendered page calls it, so the queries run while the browser loads the scripts and opens the circuit, whose
    /// build then finds them done (or joins them). A failure is left to that build to meet and show.
    /// </summary>
    public void Prefetch(DashboardView view) => _ = PrefetchAsync(_cache, view);

    private static async Task PrefetchAsync(DashboardDataCache cache, DashboardView view)
    {
        try
        {
            var data = await cache.SnapshotAsync();
            var inRegion = Cumulative(await data.SeriesAsync()).Where(s => s.Region == view.Region).ToList();
            await Task.WhenAll(view.Panels.Select(async p =>
            {
                if (Choose(inRegion, p.Category, p.Subgroup).Series is not { } series) return;
                if (HeadlinePoint(InRange(await data.ChartPointsAsync(series.Id), view.From, view.To), view) is { } last) await data.PointAsync(last.Key);
            }));
            await data.StatusAsync();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Nothing waits for this; the circuit's build reads again and shows what failed.
        }
    }

    /// <summary>The series a dashboard draws from: cumulative, of a whole region (no sub-area).</summary>
    private static List<SeriesSummary> Cumulative(IReadOnlyList<SeriesSummary> series) =>
        series.Where(s => s is { Basis: "cumulative", Area: null }).ToList();

    /// <summary>The panel's series (the toll's cumulative series with the most points) and how many of the toll's there are.</summary>
    private static (SeriesSummary? Series, int Candidates) Choose(List<SeriesSummary> inRegion, FigureCategory category, FigureSubgroup subgroup)
    {
        var candidates = inRegion.Where(s => s.Category == category.Code() && s.Subgroup == subgroup.Code()).ToList();
        return (candidates.OrderByDescending(s => s.PointCount).ThenBy(s => s.Key, StringComparer.Ordinal).FirstOrDefault(), candidates.Count);
    }

    /// <summary>The points dated <paramref name="from"/>..<paramref name="to"/> (either open) of a series' points in date order.</summary>
    private static IReadOnlyList<PointView> InRange(IReadOnlyList<PointView> points, DateOnly? from, DateOnly? to) =>
        from is null && to is null ? points : points.Where(p => (from is null || p.Date >= from) && (to is null || p.Date <= to)).ToList();

    /// <summary>
    /// The point a panel's headline is about: the last in range, or, under an authority or outlet filter, the last one a
    /// source drawn has a claim on (the reconciled last day may have none of theirs).
    /// </summary>
    private static PointView? HeadlinePoint(IReadOnlyList<PointView> points, DashboardView view) =>
        view.FiltersSources ? points.LastOrDefault(p => p.Claims.Any(c => c.Role == "current" && DashboardFigureBuilder.Shown(c, view))) : points.Count > 0 ? points[^1] : null;

    /// <summary>Every chart is drawn at this height, one panel or several, so adding a panel leaves the others as drawn.</summary>
    public const int ChartHeight = 440;

    private async Task<(DashboardPanel Panel, IReadOnlyList<PointView> Points)> PanelAsync(
        DashboardDataCache.Snapshot data, DashboardView view, List<SeriesSummary> inRegion, FigureCategory category, FigureSubgroup subgroup, CancellationToken ct)
    {
        var (series, candidates) = Choose(inRegion, category, subgroup);
        if (series is null) return (await FallbackAsync(view, category, subgroup, ct), []);
        var points = InRange(await data.ChartPointsAsync(series.Id, ct), view.From, view.To);
        // Notes are not part of the reconciliation version: read each time, one range of the point-key index.
        var keys = points.Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        var pointNotes = (await notes.ForSeriesAsync(series.Key, view.From, view.To, ct)).Where(n => n.PointKey is { } k && keys.Contains(k)).ToList();
        var title = Title(view, category, subgroup) + (series.Since is { } since ? " " + l["Dash.Since", DashboardFigureBuilder.Day(since)] : "");
        var figure = builder.Build(points, pointNotes, view, series.Key, title, Label(category, subgroup), FileName(view, category, subgroup), ChartHeight);
        var last = HeadlinePoint(points, view) is { } key ? await data.PointAsync(key.Key, ct) : null;
        return (new DashboardPanel(category, subgroup, title, figure, points.Count, series.Id, series.Key, series.LastChange,
            candidates - 1, pointNotes.Select(n => n.PointKey).Distinct().Count())
        {
            Headline = last is null ? null : DashboardHeadline.Of(last, _options, view),
        }, points);
    }

    /// <summary>
    /// The points of a news source folded into the legend of a panel drawing the series <paramref name="seriesId"/> for
    /// <paramref name="view"/>, as its chart asks for them once the analyst shows the source there (decision 067): read from
    /// the app's cache, as the panel's were. Null when the view has no news source of that authority (any more).
    /// </summary>
    public async Task<PlotlyTrace?> FoldedSourceAsync(DashboardView view, long seriesId, string authority, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(view);
        var data = await _cache.SnapshotAsync(ct);
        return builder.FoldedSource(InRange(await data.ChartPointsAsync(seriesId, ct), view.From, view.To), view, authority);
    }

    private async Task<DashboardPanel> FallbackAsync(DashboardView view, FigureCategory category, FigureSubgroup subgroup, CancellationToken ct)
    {
        if (subgroup != FigureSubgroup.All || view.Mode == DashboardMode.Daily)
        {
            var empty = Title(view, category, subgroup);
            return new DashboardPanel(category, subgroup, empty, new([], new(empty)), 0, null, null, null, 0, 0);
        }
        var trend = await extracted.BuildAsync(category, view.Region, _names.Region(view.Region), ct);
        return new DashboardPanel(category, subgroup, trend.Title, trend.Figure, trend.Points, null, null, null, 0, 0);
    }

    /// <summary>
    /// The clicked point with its claims, flags and notes, or null when a newer run replaced it. A day without a point of
    /// its own (inside a step of the daily view) gives the series' next point, whose change the step draws.
    /// </summary>
    public async Task<PointDetail?> PointAsync(string pointKey, CancellationToken ct = default)
    {
        // A day inside a daily step has no point of its own: it opens the step's (decision 080). A point's own key is its
        // series' first point on or after its day, so one query answers both, where the exact key's query and then, on a
        // miss, this one were two.
        if (await queries.PointOnOrAfterAsync(pointKey, ct) is not { } point) return null;
        var flags = await queries.ConflictsAsync(new ConflictFilter { SeriesId = point.SeriesId, From = point.Date, To = point.Date, Take = 100 }, ct);
        var said = sentences is null ? new Dictionary<long, EvidenceSentence>() : await sentences.ForAsync(point.Claims.Where(c => !c.IsReference).Select(c => c.Id), ct);
        return new PointDetail(point, flags.Items, await notes.ForPointsAsync([point.Key], ct)) { Sentences = said };
    }

    private string Label(FigureCategory category, FigureSubgroup subgroup) =>
        subgroup == FigureSubgroup.All ? l[$"Dash.Category.{category.Code()}"] : l["Dash.CategoryOf", l[$"Dash.Category.{category.Code()}"], l[$"Code.{subgroup.Code()}"]];

    private string Title(DashboardView view, FigureCategory category, FigureSubgroup subgroup) =>
        l[view.Mode == DashboardMode.Daily ? "Dash.TitleDaily" : "Dash.TitleCumulative", Label(category, subgroup), _names.Region(view.Region)];

    private static string FileName(DashboardView view, FigureCategory category, FigureSubgroup subgroup) =>
        $"casualties-{view.Region}-{category.Code()}-{subgroup.Code()}-{view.Mode.ToString().ToLowerInvariant()}";
}
