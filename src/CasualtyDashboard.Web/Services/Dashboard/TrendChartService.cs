using System.Globalization;
using CasualtyDashboard.Data.Queries;
using CasualtyDashboard.Extraction.Model;
using CasualtyDashboard.Web.Components.Charts;

namespace CasualtyDashboard.Web.Services.Dashboard;

/// <summary>Builds the dashboard's trend figure from the stored figures: one trace per issuing authority.</summary>
public sealed class TrendChartService(FigureQueries queries)
{
    public Task<IReadOnlyList<string>> RegionsAsync(CancellationToken ct = default) => queries.RegionsAsync(ct);

    public Task<bool> HasRegionAsync(string region, CancellationToken ct = default) => queries.HasRegionAsync(region, ct);

    /// <summary>The figure of the region's extracted figures; <paramref name="regionName"/> names it in the title (<see cref="CodeNames.Region"/>).</summary>
    public async Task<TrendChart> BuildAsync(FigureCategory category, string region, string regionName, CancellationToken ct = default)
    {
        var points = await queries.CumulativeTrendAsync(category, region, ct);
        var traces = points.GroupBy(p => p.Authority)
            .Select(g => new PlotlyTrace(g.Key,
                g.Select(p => p.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).ToList(),
                g.Select(p => (double?)p.Value).ToList())
            {
                Customdata = g.Select(p => $"{g.Key}|{p.Date:yyyy-MM-dd}").ToList(),
                Hovertemplate = "%{x|%Y-%m-%d}: %{y:,} (" + g.Key + ")<extra></extra>",
            })
            .ToList();
        var title = $"{Label(category)} in {regionName}: cumulative toll by issuing authority";
        var figure = new PlotlyFigure(traces, new PlotlyLayout(title) { XaxisTitle = "Reporting date", YaxisTitle = Label(category) });
        return new TrendChart(figure, points.Count, title);
    }

    public static string Label(FigureCategory category) => category switch
    {
        FigureCategory.Killed => "Killed",
        FigureCategory.Injured => "Injured",
        FigureCategory.Missing => "Missing",
        _ => "Casualties",
    };

    public static IReadOnlyList<FigureCategory> Categories { get; } = [FigureCategory.Killed, FigureCategory.Injured, FigureCategory.Missing];
}
