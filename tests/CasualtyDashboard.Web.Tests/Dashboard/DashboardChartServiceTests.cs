using CasualtyDashboard.Data;
using CasualtyDashboard.Data.Entities;
using CasualtyDashboard.Data.Queries;
using CasualtyDashboard.Extraction.Model;
using CasualtyDashboard.Web.Services;
using CasualtyDashboard.Web.Services.Dashboard;
using CasualtyDashboard.Web.Tests.Reconciliation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CasualtyDashboard.Web.Tests.Dashboard;

/// <summary>
/// The dashboard's service in the real app on the seed corpus and the Gaza reference series (real SQLite file). Tests that
/// only read share one app started for the class; the one that adds a figure starts its own.
/// </summary>
public sealed class DashboardChartServiceTests(ReconciledAppFixture shared) : IClassFixture<ReconciledAppFixture>
{
    [Fact]
    public async Task ChartPoints_HoldEachSourcesCurrentClaim_AsTheFullPointsDo()
    {
        var app = shared.App;
        var queries = app.Factory.Services.GetRequiredService<ReconciliationQueries>();
        var series = (await queries.SeriesAsync("gaza", "killed")).Where(s => s is { Subgroup: "all", Basis: "cumulative", Area: null })
            .MaxBy(s => s.PointCount)!;

        var full = await queries.PointsAsync(series.Id);
        var chart = await queries.ChartPointsAsync(series.Id);

        Assert.True(full.Count > 100, $"{full.Count} points");
        Assert.Equal(full.Select(p => (p.Key, p.Value, p.Low, p.High)), chart.Select(p => (p.Key, p.Value, p.Low, p.High)));
        for (var i = 0; i < full.Count; i++)
        {
            Assert.Equal(
                full[i].Claims.Where(c => c.Role == "current").Select(c => (c.Id, c.Value, c.Authority, c.IsReference, c.Outlet)),
                chart[i].Claims.Select(c => (c.Id, c.Value, c.Authority, c.IsReference, c.Outlet)));
        }
        Assert.Contains(chart, p => p.Claims.Any(c => !c.IsReference && c.Outlet is not null));
    }

    [Fact]
    public async Task Build_DefaultDailyAndFilteredViews_DrawTheLargestGazaSeriesAsAsked()
    {
        var app = shared.App;
        using var scope = app.Factory.Services.CreateScope();
        var service = scope.ServiceProvider.GetRequiredService<DashboardChartService>();

        var charts = await service.BuildAsync(DashboardView.Default);
        var panel = Assert.Single(charts.Panels);
        Assert.NotNull(panel.SeriesId);
        Assert.NotNull(panel.LastChange);
        Assert.Contains("gaza", charts.Regions);
        Assert.Contains("gaza_moh", charts.Authorities);
        var names = panel.Figure.Data.Select(t => t.Name).ToList();
        Assert.Contains("Reconciled", names);
        Assert.Contains(names, n => n.EndsWith("(published series)", StringComparison.Ordinal));
        Assert.Equal(panel.Points, panel.Figure.Data.Single(t => t.Name == "Reconciled").X.Count);
        var headline = Assert.IsType<DashboardHeadline>(panel.Headline);
        Assert.Equal(panel.Figure.Data.Single(t => t.Name == "Reconciled").Y[^1], headline.Value);
        Assert.True(headline.AgreeingSources >= 1, $"{headline}");

        var daily = await service.BuildAsync(DashboardView.Default with { Mode = DashboardMode.Daily });
        Assert.Contains(daily.Panels[0].Figure.Data, t => t is { Name: "Reconciled change", Fill: "tozeroy", Line.Shape: "vh" });

        var range = DashboardView.Default with { From = new DateOnly(2024, 1, 1), To = new DateOnly(2024, 1, 31), Authorities = ["gaza_moh"] };
        var narrowed = (await service.BuildAsync(range)).Panels[0];
        Assert.InRange(narrowed.Points, 1, 31);
        Assert.InRange(narrowed.Headline!.AsOf, new DateOnly(2024, 1, 1), new DateOnly(2024, 1, 31));
        Assert.All(narrowed.Figure.Data.SelectMany(t => t.X), x => Assert.StartsWith("2024-01-", x));
        Assert.All(narrowed.Figure.Data.Where(t => t.Name.EndsWith("(news)", StringComparison.Ordinal) || t.Name.EndsWith("series)", StringComparison.Ordinal)),
            t => Assert.StartsWith("Gaza Ministry of Health ", t.Name));

        var multiples = await service.BuildAsync(DashboardView.Parse("category=killed,injured&subgroup=all,children", out _));
        Assert.Equal(4, multiples.Panels.Count);
        Assert.Contains(multiples.Panels, p => p is { Category: Extraction.Model.FigureCategory.Injured, Subgroup: Extraction.Model.FigureSubgroup.Children });
    }

    /// <summary>
    /// Under an authority filter the chart draws that authority's sources: the headline is theirs too (their last claim in
    /// range, named by them), not the reconciled line's leading source, which is often another authority's.
    /// </summary>
    [Fact]
    public async Task Build_OneAuthority_TheHeadlineNamesThatAuthority()
    {
        var app = shared.App;
        using var scope = app.Factory.Services.CreateScope();
        var service = scope.ServiceProvider.GetRequiredService<DashboardChartService>();
        var charts = await service.BuildAsync(DashboardView.Default);
        var unfiltered = charts.Panels[0].Headline!;
        var others = charts.Authorities.Where(a => a != unfiltered.Authority).ToList();
        Assert.NotEmpty(others);

        foreach (var authority in charts.Authorities)
        {
            var panel = (await service.BuildAsync(DashboardView.Default with { Authorities = [authority] })).Panels[0];
            var headline = Assert.IsType<DashboardHeadline>(panel.Headline);
            Assert.Equal(authority, headline.Authority);
            // The chart draws that authority's sources (and only theirs), the day of the headline among their days.
            var name = scope.ServiceProvider.GetRequiredService<CodeNames>().Authority(authority);
            var drawn = panel.Figure.Data.Where(t => t.Name.StartsWith(name + " (", StringComparison.Ordinal)).ToList();
            Assert.NotEmpty(drawn);
            Assert.Contains(headline.AsOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), drawn.SelectMany(t => t.X));
        }
    }

    /// <summary>Decision 056: a view built again at the same reconciliation version reads nothing but the version; a new run is read afresh.</summary>
    [Fact]
    public async Task Build_SameVersion_ReadsFromTheAppsCache_ANewRunWithANewFigure_DrawsItsPoint()
    {
        await using var app = await ReconciledApp.StartAsync();
        var cache = app.Factory.Services.GetRequiredService<DashboardDataCache>();
        var women = DashboardView.Parse("subgroup=women&from=2026-09-01", out _);
        using (var scope = app.Factory.Services.CreateScope())
        {
            var first = await scope.ServiceProvider.GetRequiredService<DashboardChartService>().BuildAsync(women);
            var reads = cache.Reads;
            Assert.True(reads > 0);
            // Another circuit (its own scope), the same view and a narrower one: all from memory.
            using var other = app.Factory.Services.CreateScope();
            var service = other.ServiceProvider.GetRequiredService<DashboardChartService>();
            var again = await service.BuildAsync(women);
            await service.BuildAsync(women with { To = new DateOnly(2026, 9, 30) });
            Assert.Equal(reads, cache.Reads);
            Assert.Equal(first.Panels[0].Figure.ContentHash, again.Panels[0].Figure.ContentHash);
            Assert.DoesNotContain("2026-09-15", first.Panels[0].Figure.Data.SelectMany(t => t.X));
        }

        await using (var db = await app.Factory.Services.GetRequiredService<IDbContextFactory<DashboardDbContext>>().CreateDbContextAsync())
        {
            var article = await db.Articles.OrderBy(a => a.Id).FirstAsync();
            db.Figures.Add(new Figure
            {
                ArticleId = article.Id, Value = 99_993, Qualifier = FigureQualifier.Exact, Category = FigureCategory.Killed, Subgroup = FigureSubgroup.Women,
                Region = "gaza", Authority = "gaza_moh", ReportedOn = new DateOnly(2026, 9, 15), Basis = FigureBasis.Cumulative, Since = new DateOnly(2023, 10, 7),
                Evidence = "99993", EvidenceStart = 0, EvidenceLength = 5, Rule = "test", ExtractorVersion = "test", CreatedAt = DateTime.UtcNow,
            });
            await db.SaveChangesAsync();
        }
        await app.ReconcileAsync();

        using var later = app.Factory.Services.CreateScope();
        var panel = (await later.ServiceProvider.GetRequiredService<DashboardChartService>().BuildAsync(women)).Panels[0];
        var reconciled = panel.Figure.Data.Single(t => t.Name == "Reconciled");
        Assert.Equal(99_993, reconciled.Y[reconciled.X.ToList().IndexOf("2026-09-15")]);
    }

    [Fact]
    public async Task Build_ARegionNoFigureNames_IsUnknown_AKnownOneIsNot()
    {
        var app = shared.App;
        using var scope = app.Factory.Services.CreateScope();
        var service = scope.ServiceProvider.GetRequiredService<DashboardChartService>();

        var unknown = await service.BuildAsync(DashboardView.Default with { Region = "atlantis" });
        var known = await service.BuildAsync(DashboardView.Default);

        Assert.True(unknown.UnknownRegion);
        Assert.Equal(0, Assert.Single(unknown.Panels).Points);
        Assert.False(known.UnknownRegion);
    }

    [Fact]
    public async Task Point_ADayInsideADailyStep_IsTheStepsPoint_ADayPastTheLastPointIsNone()
    {
        var app = shared.App;
        using var scope = app.Factory.Services.CreateScope();
        var service = scope.ServiceProvider.GetRequiredService<DashboardChartService>();
        var queries = app.Factory.Services.GetRequiredService<ReconciliationQueries>();
        var series = (await queries.SeriesAsync("gaza", "killed")).Where(s => s is { Subgroup: "all", Basis: "cumulative", Area: null }).MaxBy(s => s.PointCount)!;
        var points = await queries.PointsAsync(series.Id);
        // A change over several days: the daily view draws it as one step with a point at each day's start (decision 080).
        var step = points.First(p => p.IncrementDays > 1);
        var prefix = step.Key[..(step.Key.LastIndexOf('@') + 1)];
        static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var inside = await service.PointAsync(prefix + Day(step.Date.AddDays(1 - step.IncrementDays!.Value)));
        var past = await service.PointAsync(prefix + Day(points[^1].Date.AddDays(1)));

        Assert.Equal(step.Key, inside!.Point.Key);
        Assert.Null(past);
    }

    /// <summary>
    /// The clicked point is one query whether its key is a point's own or a day inside a daily step: the service's
    /// <see cref="ReconciliationQueries"/> open one context for it and one for its flags (the exact key's query and then
    /// the next point's were two on a miss).
    /// </summary>
    [Fact]
    public async Task Point_OwnKeyOrADayInsideAStep_ReadsThePointOnce()
    {
        var app = shared.App;
        using var scope = app.Factory.Services.CreateScope();
        var services = scope.ServiceProvider;
        var counting = new CountingFactory(services.GetRequiredService<IDbContextFactory<DashboardDbContext>>());
        var service = new DashboardChartService(new ReconciliationQueries(counting), services.GetRequiredService<AnnotationQueries>(),
            services.GetRequiredService<TrendChartService>(), services.GetRequiredService<DashboardFigureBuilder>(),
            services.GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<Resources.SharedResource>>());
        var queries = services.GetRequiredService<ReconciliationQueries>();
        var series = (await queries.SeriesAsync("gaza", "killed")).Where(s => s is { Subgroup: "all", Basis: "cumulative", Area: null }).MaxBy(s => s.PointCount)!;
        var step = (await queries.PointsAsync(series.Id)).First(p => p.IncrementDays > 1);
        var inside = step.Key[..(step.Key.LastIndexOf('@') + 1)] + step.Date.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var own = await service.PointAsync(step.Key);
        var ownContexts = counting.Created;
        var stepped = await service.PointAsync(inside);

        Assert.Equal(step.Key, own!.Point.Key);
        Assert.Equal(step.Key, stepped!.Point.Key);
        Assert.Equal(own.Point.Claims.Select(c => c.Id), stepped.Point.Claims.Select(c => c.Id));
        Assert.Equal(2, ownContexts);
        Assert.Equal(2, counting.Created - ownContexts);
    }

    /// <summary>The app's context factory, counting the contexts asked of it.</summary>
    private sealed class CountingFactory(IDbContextFactory<DashboardDbContext> inner) : IDbContextFactory<DashboardDbContext>
    {
        private int _created;

        public int Created => _created;

        public DashboardDbContext CreateDbContext()
        {
            Interlocked.Increment(ref _created);
            return inner.CreateDbContext();
        }
    }

    [Fact]
    public async Task Point_HoldsTheWholeSentenceOfEachNewsClaim_AroundItsEvidence()
    {
        var app = shared.App;
        using var scope = app.Factory.Services.CreateScope();
        var service = scope.ServiceProvider.GetRequiredService<DashboardChartService>();
        var queries = app.Factory.Services.GetRequiredService<ReconciliationQueries>();
        var series = (await queries.SeriesAsync("gaza", "killed")).Where(s => s is { Subgroup: "all", Basis: "cumulative", Area: null }).MaxBy(s => s.PointCount)!;
        var point = (await queries.PointsAsync(series.Id)).First(p => p.Claims.Any(c => c is { IsReference: false, Stored: true }));

        var detail = (await service.PointAsync(point.Key))!;

        var news = detail.Point.Claims.Where(c => c is { IsReference: false, Stored: true }).ToList();
        Assert.NotEmpty(news);
        Assert.All(news, claim =>
        {
            var sentence = detail.Sentences[claim.Id];
            Assert.Equal(claim.Evidence, sentence.Evidence);
            Assert.Contains(claim.Evidence, sentence.Text, StringComparison.Ordinal);
        });
        Assert.Contains(news, c => detail.Sentences[c.Id].Text.Length > c.Evidence.Length);
    }
}
