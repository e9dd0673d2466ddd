using CasualtyDashboard.E2E.Tests.Pages;
using Microsoft.Playwright;

namespace CasualtyDashboard.E2E.Tests;

/// <summary>
/// The dashboard on two news sources reporting every day for 800 days (1,600 markers, past the chart's budget of 1,500):
/// both are listed in the legend and sent without their points; a click on one there draws it (decision 067).
/// </summary>
public sealed class DashboardFoldedSourcesTests(DashboardFoldedSourcesTests.App fixture) : IClassFixture<DashboardFoldedSourcesTests.App>
{
    private const int Days = 800;
    private readonly IBrowser _browser = fixture.Browser;
    private readonly AppProcess _app = fixture.App;

    /// <summary>The 800 days' database and its app, shared: the tests only read (a legend click changes their own page).</summary>
    public sealed class App : ReconciledAppFixture
    {
        protected override Task<ReconciledDatabase> CreateDatabaseAsync() => ReconciledDatabase.CreateWithDailyNewsReportsAsync(Days);
    }

    [Theory]
    [InlineData("en", "Gaza Ministry of Health (news)", "UN OCHA (news)", "via Al Jazeera")]
    [InlineData("ar", "وزارة الصحة في غزة (أخبار)", "مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية (أخبار)", "عبر Al Jazeera")]
    public async Task Dashboard_AFoldedSourceClickedInTheLegend_IsDrawnWithItsHovers_AndTheOtherStaysFolded(string language, string source, string other, string via)
    {
        var page = await _browser.NewSignedInPageAsync(_app.BaseAddress, new() { ViewportSize = new() { Width = 1440, Height = 1000 } });
        var errors = new List<string>();
        page.Console += (_, m) => { if (m.Type == "error") errors.Add(m.Text); };
        page.Response += (_, r) => { if (r.Status >= 400) errors.Add($"{r.Status} {r.Url}"); };
        var dashboard = new DashboardPage(page);
        await dashboard.OpenAsync(_app.BaseAddress);
        if (language == "ar")
        {
            await page.GetByTestId("lang-ar").ClickAsync();
            await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "rtl", new() { Timeout = 20_000 });
            await dashboard.Chart.Locator(".main-svg").First.WaitForAsync(new() { Timeout = 60_000 });
        }
        await page.WaitForFunctionAsync("() => Number(document.querySelector('[data-testid=trend-chart]')?.dataset.revision ?? 0) >= 1", null, new() { Timeout = 20_000 });
        await Assertions.Expect(page.GetByTestId("sources-folded")).ToBeVisibleAsync();

        // Listed in the legend, sent without its points (one placeholder without a value keeps it there).
        Assert.Equal(("legendonly", 1, 0, null), await dashboard.TraceAsync(source));
        Assert.Equal(("legendonly", 1, 0, null), await dashboard.TraceAsync(other));
        var markers = await dashboard.MarkerCountAsync();
        Assert.True(markers < Days, $"{markers} markers drawn before a source was shown");

        await dashboard.ClickLegendAsync(source);

        // Its points arrive and are drawn: a marker a day, each with its hover text (the outlet it was reported through).
        await page.WaitForFunctionAsync("n => document.querySelector('[data-testid=trend-chart] .js-plotly-plot').data.find(t => t.name === n).x?.length > 1",
            source, new() { Timeout = 20_000 });
        var (visible, points, texts, first) = await dashboard.TraceAsync(source);
        Assert.Equal(("true", Days, Days), (visible, points, texts));
        Assert.Equal(via, first);
        await page.WaitForFunctionAsync("m => document.querySelectorAll('[data-testid=trend-chart] .scatterlayer .point').length >= m", markers + Days,
            new() { Timeout = 20_000 });
        Assert.Equal(("legendonly", 1, 0, null), await dashboard.TraceAsync(other));
        // plotly's tip after a first legend click (fixed to the window's top right by plotly) keeps clear of the drawer,
        // which is on the right in Arabic.
        // Nor does it cover the filter bar (in Arabic, moved to the top left, it covered the authority select).
        Assert.Null(await dashboard.TipOverlapAsync());
        await Screenshots.SaveAsync(page, $"dashboard-folded-source-drawn-{language}");

        // Hidden and shown again: drawn from what it has, not asked for again (its points stay in the chart).
        await dashboard.ClickLegendAsync(source);
        await page.WaitForFunctionAsync("n => document.querySelector('[data-testid=trend-chart] .js-plotly-plot').data.find(t => t.name === n).visible === 'legendonly'",
            source, new() { Timeout = 20_000 });
        Assert.Equal(Days, (await dashboard.TraceAsync(source)).Points);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public async Task Dashboard_AFoldedSourceShownInTheDailyView_IsDrawnAsItsChangesPerDay()
    {
        var page = await _browser.NewSignedInPageAsync(_app.BaseAddress);
        var errors = new List<string>();
        page.Console += (_, m) => { if (m.Type == "error") errors.Add(m.Text); };
        var dashboard = new DashboardPage(page);
        await dashboard.OpenAsync(_app.BaseAddress);
        // The first draw counted (its events subscribed) before the mode changes, and the daily figure drawn before the click:
        // a source clicked in the cumulative chart as the daily one replaces it is folded again there, by design.
        await page.WaitForFunctionAsync("() => Number(document.querySelector('[data-testid=trend-chart]')?.dataset.revision ?? 0) >= 1", null, new() { Timeout = 20_000 });
        var revision = await dashboard.RevisionAsync();
        await dashboard.ChooseModeAsync("Daily change");
        await dashboard.WaitForRedrawAsync(revision);
        await Assertions.Expect(dashboard.ChartTitle).ToContainTextAsync("change between reporting dates", new() { Timeout = 20_000 });
        const string source = "UN OCHA (news)";
        Assert.Equal(("legendonly", 1, 0, null), await dashboard.TraceAsync(source));

        await dashboard.ClickLegendAsync(source);

        await page.WaitForFunctionAsync("n => document.querySelector('[data-testid=trend-chart] .js-plotly-plot').data.find(t => t.name === n).x?.length > 1",
            source, new() { Timeout = 20_000 });
        var (visible, points, _, first) = await dashboard.TraceAsync(source);
        Assert.Equal(("true", Days - 1), (visible, points)); // a source's first claim has no change before it
        Assert.Equal("(1,000 → 1,040) via BBC Arabic", first);
        var y = await dashboard.Chart.EvaluateAsync<double[]>("(e, n) => e.data.find(t => t.name === n).y", source);
        Assert.All(y, v => Assert.Equal(40, v));
        await Screenshots.SaveAsync(page, "dashboard-folded-source-daily");
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }
}
