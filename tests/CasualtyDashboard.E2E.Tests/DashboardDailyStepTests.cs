using CasualtyDashboard.E2E.Tests.Pages;
using Microsoft.Playwright;

namespace CasualtyDashboard.E2E.Tests;

/// <summary>
/// The daily view of a series with a 43-day step (42 days without a report): a hover anywhere over the step answers with
/// its change, as the bars did, and a click there opens the step's point (decision 080).
/// </summary>
public sealed class DashboardDailyStepTests(DashboardDailyStepTests.App fixture) : IClassFixture<DashboardDailyStepTests.App>
{
    private const int Before = 5, Gap = 42;
    private readonly IBrowser _browser = fixture.Browser;
    private readonly AppProcess _app = fixture.App;

    /// <summary>The database with the gap and its app, shared: the tests only read.</summary>
    public sealed class App : ReconciledAppFixture
    {
        protected override Task<ReconciledDatabase> CreateDatabaseAsync() => ReconciledDatabase.CreateWithAGapInTheReportsAsync(Before, Gap);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ar")]
    public async Task Dashboard_DailyView_AHoverInTheMiddleOfALongStep_NamesItsSpan_AndAClickThereOpensItsPoint(string language)
    {
        var page = await _browser.NewSignedInPageAsync(_app.BaseAddress, new() { ViewportSize = new() { Width = 1280, Height = 900 } });
        var errors = new List<string>();
        page.Console += (_, m) => { if (m.Type == "error") errors.Add(m.Text); };
        page.Response += (_, r) => { if (r.Status >= 400) errors.Add($"{r.Status} {r.Url}"); };
        var dashboard = new DashboardPage(page);
        await dashboard.OpenAsync(_app.BaseAddress, "mode=daily");
        if (language == "ar")
        {
            await page.GetByTestId("lang-ar").ClickAsync();
            await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "rtl", new() { Timeout = 20_000 });
        }
        await page.WaitForFunctionAsync("() => Number(document.querySelector('[data-testid=trend-chart]')?.dataset.revision ?? 0) >= 1", null, new() { Timeout = 30_000 });

        // The step's middle, inside its fill 10 px below the line (the y axis fits the values, so the fill runs to the axis):
        // the previous report's day ends at its left, the next report's at its right.
        var (first, last) = (new DateOnly(2024, 3, 1).AddDays(Before - 1), new DateOnly(2024, 3, 1).AddDays(Before + Gap));
        var xy = await dashboard.Chart.EvaluateAsync<double[]>("""
            (gd, days) => {
                const l = gd._fullLayout, box = gd.querySelector('.main-svg').getBoundingClientRect(), x = l.xaxis;
                const t = gd.data.find(d => d.fill === 'tozeroy'), end = t.x.indexOf(days[1] + ' 23:59:59.999');
                const left = x.d2p(x.d2c(days[0] + ' 23:59:59.999')), right = x.d2p(x.d2c(t.x[end]));
                return [box.left + l._size.l + (left + right) / 2, box.top + l._size.t + l.yaxis.d2p(t.y[end]) + 10, (right - left) / 2];
            }
            """, new[] { Day(first), Day(last) });
        // plotly answers within 20 px of a point: the middle is far further than that from the step's ends.
        Assert.True(xy[2] > 100, $"the step's half is {xy[2]} px wide");
        await page.Mouse.MoveAsync((float)xy[0], (float)xy[1]);

        var tip = page.Locator("[data-testid=trend-chart] .hoverlayer .hovertext").First;
        // The step's span, from the day after the previous report to the next report's day.
        await Assertions.Expect(tip).ToContainTextAsync(Day(first.AddDays(1)), new() { Timeout = 10_000 });
        await Assertions.Expect(tip).ToContainTextAsync(Day(last));
        await Screenshots.SaveAsync(page, $"dashboard-daily-step-hover-{language}");

        await page.Mouse.ClickAsync((float)xy[0], (float)xy[1]);
        await Assertions.Expect(dashboard.PointDetail).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await Assertions.Expect(dashboard.PointDetail.Locator("h2")).ToContainTextAsync(Day(last));
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
