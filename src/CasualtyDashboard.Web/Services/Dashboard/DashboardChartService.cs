using CasualtyDashboard.Data.Queries;
using CasualtyDashboard.Extraction.Model;
using CasualtyDashboard.Extraction.Schema;
using CasualtyDashboard.Jobs.Reconciliation;
using CasualtyDashboard.Reconciliation;
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
    IStringLocalizer<SharedResource> l, IOptions<ReconciliationSettings>? settings = null, ClaimSentenceQuery? sentences = null)
{
    private readonly ReconciliationOptions _options = (settings?.Value ?? new ReconciliationSettings()).ToOptions();

    public async Task<DashboardCharts> BuildAsync(DashboardView view, CancellationToken ct = default)
    {
        var all = (await queries.SeriesAsync(ct: ct)).Where(s => s is { Basis: "cumulative", Area: null }).ToList();
        var inRegion = all.Where(s => s.Region == view.Region).ToList();
        var regions = all.GroupBy(s => s.Region).OrderByDescending(g => g.Sum(s => s.PointCount)).Select(g => g.Key).ToList();
        var withFigures = await extracted.RegionsAsync(ct);
        if (regions.Count == 0) regions = [.. withFigures];
        // A region no series and no figure has (a mistyped link, say) is named as unknown, not left to look like pending work.
        var unknown = !regions.Contains(view.Region) && !withFigures.Contains(view.Region);
        if (!regions.Contains(view.Region)) regions.Insert(0, view.Region);

        // Panels are built side by side (each query on its own connection); the sources offered are those of every panel.
        var built = await Task.WhenAll(view.Panels.Select(p => PanelAsync(view, inRegion, p.Category, p.Subgroup, ct)));
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
        var status = await queries.StatusAsync(ct);
        return new DashboardCharts(view, panels, regions, subgroups, [.. authorities], [.. outlets], status?.UnplacedFigures ?? 0) { UnknownRegion = unknown };
    }

    /// <summary>Every chart is drawn at this height, one panel or several, so adding a panel leaves the others as drawn.</summary>
    public const int ChartHeight = 440;

    private async Task<(DashboardPanel Panel, IReadOnlyList<PointView> Points)> PanelAsync(
        DashboardView view, List<SeriesSummary> inRegion, FigureCategory category, FigureSubgroup subgroup, CancellationToken ct)
    {
        var candidates = inRegion.Where(s => s.Category == category.Code() && s.Subgroup == subgroup.Code()).ToList();
        var series = candidates.OrderByDescending(s => s.PointCount).ThenBy(s => s.Key, StringComparer.Ordinal).FirstOrDefault();
        if (series is null) return (await FallbackAsync(view, category, subgroup, ct), []);
        var points = await queries.ChartPointsAsync(series.Id, view.From, view.To, ct);
        var pointNotes = await notes.ForPointsAsync(points.Select(p => p.Key), ct);
        var title = Title(view, category, subgroup) + (series.Since is { } since ? " " + l["Dash.Since", DashboardFigureBuilder.Day(since)] : "");
        var figure = builder.Build(points, pointNotes, view, series.Key, title, Label(category, subgroup), FileName(view, category, subgroup), ChartHeight);
        var last = points.Count > 0 ? await queries.PointAsync(points[^1].Key, ct) : null;
        return (new DashboardPanel(category, subgroup, title, figure, points.Count, series.Id, series.Key, series.LastChange,
            candidates.Count - 1, pointNotes.Select(n => n.PointKey).Distinct().Count())
        {
            Headline = last is null ? null : DashboardHeadline.Of(last, _options),
        }, points);
    }

    private async Task<DashboardPanel> FallbackAsync(DashboardView view, FigureCategory category, FigureSubgroup subgroup, CancellationToken ct)
    {
        if (subgroup != FigureSubgroup.All || view.Mode == DashboardMode.Daily)
        {
            var empty = Title(view, category, subgroup);
            return new DashboardPanel(category, subgroup, empty, new([], new(empty)), 0, null, null, null, 0, 0);
        }
        var trend = await extracted.BuildAsync(category, view.Region, ct);
        return new DashboardPanel(category, subgroup, trend.Title, trend.Figure, trend.Points, null, null, null, 0, 0);
    }

    /// <summary>The clicked point with its claims, flags and notes, or null when a newer run replaced it.</summary>
    public async Task<PointDetail?> PointAsync(string pointKey, CancellationToken ct = default)
    {
        if (await queries.PointAsync(pointKey, ct) is not { } point) return null;
        var flags = await queries.ConflictsAsync(new ConflictFilter { SeriesId = point.SeriesId, From = point.Date, To = point.Date, Take = 100 }, ct);
        var said = sentences is null ? new Dictionary<long, EvidenceSentence>() : await sentences.ForAsync(point.Claims.Where(c => !c.IsReference).Select(c => c.Id), ct);
        return new PointDetail(point, flags.Items, await notes.ForPointsAsync([pointKey], ct)) { Sentences = said };
    }

    private string Label(FigureCategory category, FigureSubgroup subgroup) =>
        subgroup == FigureSubgroup.All ? l[$"Dash.Category.{category.Code()}"] : l["Dash.CategoryOf", l[$"Dash.Category.{category.Code()}"], l[$"Code.{subgroup.Code()}"]];

    private string Title(DashboardView view, FigureCategory category, FigureSubgroup subgroup) =>
        l[view.Mode == DashboardMode.Daily ? "Dash.TitleDaily" : "Dash.TitleCumulative", Label(category, subgroup), RegionLabel(view.Region)];

    /// <summary>A region's name in the interface language; regions without a translation show their code in title case.</summary>
    public string RegionLabel(string region)
    {
        var name = l[$"Region.{region}"];
        return name.ResourceNotFound ? TrendChartService.RegionLabel(region) : name.Value;
    }

    private static string FileName(DashboardView view, FigureCategory category, FigureSubgroup subgroup) =>
        $"casualties-{view.Region}-{category.Code()}-{subgroup.Code()}-{view.Mode.ToString().ToLowerInvariant()}";
}
