using System.Globalization;
using CasualtyDashboard.Data.Queries;
using CasualtyDashboard.Extraction.Model;
using CasualtyDashboard.Extraction.Schema;
using CasualtyDashboard.Web.Components.Charts;

namespace CasualtyDashboard.Web.Services;

/// <summary>
/// Builds the dashboard's chart from the stored reconciliation: the reconciled line, each source as its own marker trace
/// (published reference series as dashed lines), the low–high band of the sources, and conflict points marked. Every
/// point carries its key as custom data, so a click opens its claims.
/// </summary>
public sealed class ReconciledChartService(ReconciliationQueries queries, TrendChartService extracted)
{
    private const string BandColor = "rgba(120, 120, 120, 0.18)";

    public async Task<ReconciledChart> BuildAsync(FigureCategory category, string region, CancellationToken ct = default)
    {
        var candidates = (await queries.SeriesAsync(region, category.Code(), ct))
            .Where(s => s is { Subgroup: "all", Basis: "cumulative", Area: null }).ToList();
        var series = candidates.OrderByDescending(s => s.PointCount).ThenBy(s => s.Key, StringComparer.Ordinal).FirstOrDefault();
        if (series is null)
        {
            var trend = await extracted.BuildAsync(category, region, ct);
            return new ReconciledChart(trend.Figure, trend.Points, trend.Title + " (not reconciled yet)", null, 0);
        }

        var points = await queries.PointsAsync(series.Id, ct: ct);
        var title = $"{TrendChartService.Label(category)} in {TrendChartService.RegionLabel(region)}: reconciled cumulative toll"
            + (series.Since is { } since ? $" since {Day(since)}" : "");
        var figure = new PlotlyFigure(Traces(points), new PlotlyLayout(title) { XaxisTitle = "Reporting date", YaxisTitle = TrendChartService.Label(category), Height = 480 });
        return new ReconciledChart(figure, points.Count, title, series.Id, candidates.Count - 1);
    }

    /// <summary>The clicked point with its claims and flags, or null when a newer run replaced it.</summary>
    public async Task<PointDetail?> PointAsync(string pointKey, CancellationToken ct = default)
    {
        if (await queries.PointAsync(pointKey, ct) is not { } point) return null;
        var flags = await queries.ConflictsAsync(new ConflictFilter { SeriesId = point.SeriesId, From = point.Date, To = point.Date, Take = 100 }, ct);
        return new PointDetail(point, flags.Items);
    }

    private static List<PlotlyTrace> Traces(IReadOnlyList<PointView> points)
    {
        var dates = points.Select(p => Day(p.Date)).ToList();
        var keys = points.Select(p => p.Key).ToList();
        var traces = new List<PlotlyTrace>
        {
            new("Low of the sources", dates, points.Select(p => (double?)p.Low).ToList())
            {
                Mode = "lines", Line = new PlotlyLine(Width: 0), Showlegend = false, Customdata = keys,
                Hovertemplate = "lowest source %{y:,}<extra></extra>",
            },
            new("Range of the sources (low–high)", dates, points.Select(p => (double?)p.High).ToList())
            {
                Mode = "lines", Line = new PlotlyLine(Width: 0), Fill = "tonexty", Fillcolor = BandColor, Customdata = keys,
                Hovertemplate = "highest source %{y:,}<extra></extra>",
            },
        };

        var sources = points
            .SelectMany(p => p.Claims.Where(c => c.Role == "current").Select(c => (Point: p, Claim: c)))
            .GroupBy(x => (x.Claim.Authority, x.Claim.IsReference))
            .OrderBy(g => g.Key.IsReference ? 0 : 1).ThenBy(g => g.Key.Authority, StringComparer.Ordinal);
        foreach (var source in sources)
        {
            var items = source.ToList();
            var reference = source.Key.IsReference;
            traces.Add(new PlotlyTrace(
                reference ? $"{source.Key.Authority} (published series)" : $"{source.Key.Authority} (news)",
                items.Select(x => Day(x.Point.Date)).ToList(),
                items.Select(x => (double?)x.Claim.Value).ToList())
            {
                Mode = reference ? "lines" : "markers",
                Line = reference ? new PlotlyLine(Dash: "dash", Width: 1.5) : null,
                Marker = reference ? null : new PlotlyMarker(Size: 7, Symbol: "circle-open"),
                Customdata = items.Select(x => x.Point.Key).ToList(),
                Text = items.Select(x => $"{source.Key.Authority}: {x.Claim.Value:N0}" + (x.Claim.Outlet is { } o && !reference ? $" via {o}" : "")).ToList(),
                Hovertemplate = "%{x|%Y-%m-%d} %{text}<extra></extra>",
            });
        }

        traces.Add(new PlotlyTrace("Reconciled", dates, points.Select(p => (double?)p.Value).ToList())
        {
            Mode = "lines+markers", Line = new PlotlyLine(Color: "#222222", Width: 2.5), Marker = new PlotlyMarker(Color: "#222222", Size: 4),
            Customdata = keys, Text = points.Select(p => p.Rule.Replace('_', ' ')).ToList(),
            Hovertemplate = "%{x|%Y-%m-%d} reconciled %{y:,} (%{text})<extra></extra>",
        });
        AddConflictMarkers(traces, points.Where(p => p.OpenConflicts > 0).ToList(), "Open conflict", new PlotlyMarker("#d62728", 13, "x-open"));
        AddConflictMarkers(traces, points.Where(p => p.Conflicts > p.OpenConflicts).ToList(), "Decided conflict", new PlotlyMarker("#2a7a2a", 13, "circle-open"));
        return traces;
    }

    private static void AddConflictMarkers(List<PlotlyTrace> traces, List<PointView> points, string name, PlotlyMarker marker)
    {
        if (points.Count == 0) return;
        traces.Add(new PlotlyTrace(name, points.Select(p => Day(p.Date)).ToList(), points.Select(p => (double?)p.Value).ToList())
        {
            Mode = "markers", Marker = marker, Customdata = points.Select(p => p.Key).ToList(),
            Hovertemplate = "%{x|%Y-%m-%d}: " + name.ToLowerInvariant() + " (click for the claims)<extra></extra>",
        });
    }

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
