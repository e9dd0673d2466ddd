using Microsoft.Playwright;

namespace CasualtyDashboard.E2E.Tests.Pages;

/// <summary>The Dashboard as a test sees it.</summary>
public sealed class DashboardPage(IPage page)
{
    /// <summary>The first chart's box (it counts the chart's draws in data-revision).</summary>
    public ILocator ChartBox => page.GetByTestId("trend-chart");

    /// <summary>The first chart as plotly drew it (its element holds data and layout).</summary>
    public ILocator Chart => ChartBox.Locator(".js-plotly-plot");
    public ILocator ChartTitle => Chart.Locator(".gtitle");
    public ILocator Traces => Chart.Locator(".scatterlayer .trace");
    public ILocator PointDetail => page.GetByTestId("point-detail");
    public ILocator Panels => page.Locator("[data-testid=panels] > section.panel");

    public async Task OpenAsync(Uri baseAddress, string query = "")
    {
        await page.GotoAsync(baseAddress + (query.Length > 0 ? "?" + query : ""));
        // Blazor marks the circuit live by loading its interactive script and connecting; wait for the drawn chart.
        await Chart.Locator(".main-svg").First.WaitForAsync(new() { Timeout = 60_000 });
    }

    /// <summary>How many times the first chart has been drawn (our chart component counts its draws).</summary>
    public async Task<int> RevisionAsync() => int.Parse(await ChartBox.GetAttributeAsync("data-revision") ?? "0");

    /// <summary>The names of the first chart's traces, as plotly holds them.</summary>
    public async Task<IReadOnlyList<string>> TraceNamesAsync() =>
        await Chart.EvaluateAsync<string[]>("e => (e.data || []).map(t => t.name)");

    /// <summary>Waits until the first chart has been drawn again after <paramref name="revision"/>.</summary>
    public Task WaitForRedrawAsync(int revision) =>
        page.WaitForFunctionAsync(
            "r => Number(document.querySelector('[data-testid=trend-chart]')?.dataset.revision ?? 0) > r", revision, new() { Timeout = 20_000 });

    /// <summary>Clicks where the first drawn marker is, as a user would (plotly listens on the plot area, not on the marker).</summary>
    public async Task ClickFirstPointAsync()
    {
        // The chart is resized to its container once layout settles: read the marker's place again before each try.
        for (var attempt = 0; attempt < 20 && !await PointDetail.IsVisibleAsync(); attempt++)
        {
            var box = await Chart.Locator(".scatterlayer .point").First.BoundingBoxAsync() ?? throw new InvalidOperationException("No point is drawn.");
            await page.Mouse.ClickAsync(box.X + (box.Width / 2), box.Y + (box.Height / 2));
            await page.WaitForTimeoutAsync(500);
        }
    }

    /// <summary>Clicks a trace's entry in the first chart's legend, as a user shows or hides it (plotly listens on its toggle).</summary>
    public Task ClickLegendAsync(string traceName) =>
        Chart.Locator(".legend .traces", new() { HasText = traceName }).Locator(".legendtoggle").ClickAsync();

    /// <summary>A trace of the first chart as plotly holds it: its visibility, how many points and hover texts it has, its first hover text.</summary>
    public async Task<(string Visible, int Points, int Texts, string? FirstText)> TraceAsync(string traceName)
    {
        var t = await Chart.EvaluateAsync<System.Text.Json.JsonElement>(
            "(e, n) => { const t = e.data.find(t => t.name === n); return { visible: String(t.visible ?? true), points: (t.x || []).length, texts: (t.text || []).length, first: (t.text || [])[0] ?? null }; }",
            traceName);
        return (t.GetProperty("visible").GetString()!, t.GetProperty("points").GetInt32(), t.GetProperty("texts").GetInt32(),
            t.GetProperty("first").ValueKind == System.Text.Json.JsonValueKind.String ? t.GetProperty("first").GetString() : null);
    }

    /// <summary>How many markers the first chart draws (plotly's point elements).</summary>
    /// <summary>How <paramref name="element"/> (a tip box) overlaps the navigation drawer, said in pixels, or null when it keeps clear.</summary>
    public async Task<string?> OverlapWithTheDrawerAsync(ILocator element)
    {
        var box = (await element.BoundingBoxAsync())!;
        var drawer = (await page.GetByTestId("sidebar").BoundingBoxAsync())!;
        return box.X >= drawer.X + drawer.Width || box.X + box.Width <= drawer.X
            ? null : $"{box.X:0}-{box.X + box.Width:0} overlaps the drawer at {drawer.X:0}-{drawer.X + drawer.Width:0}";
    }

    /// <summary>
    /// How the box of <paramref name="a"/> overlaps that of any of <paramref name="others"/>, said in pixels, or null when it
    /// keeps apart from them all. <paramref name="a"/>'s box is read once (a tip that fades is measured where it was).
    /// </summary>
    public static async Task<string?> OverlapAsync(ILocator a, params ILocator[] others)
    {
        var one = await a.BoundingBoxAsync() ?? throw new InvalidOperationException("The element measured is not shown.");
        foreach (var other in others)
        {
            var two = await other.BoundingBoxAsync() ?? throw new InvalidOperationException("An element measured against is not shown.");
            var apart = one.X >= two.X + two.Width || one.X + one.Width <= two.X || one.Y >= two.Y + two.Height || one.Y + one.Height <= two.Y;
            if (!apart) return $"{one.X:0},{one.Y:0} {one.Width:0}x{one.Height:0} overlaps {two.X:0},{two.Y:0} {two.Width:0}x{two.Height:0}";
        }
        return null;
    }

    /// <summary>
    /// Measured the moment plotly's tip shows (it fades after a few seconds: a measure a round trip later may find it gone):
    /// what it overlaps of the navigation drawer (across its width), the filter bar and the authority select, or null.
    /// </summary>
    public async Task<string?> TipOverlapAsync()
    {
        var found = await page.WaitForFunctionAsync("""
            () => {
                const tip = document.querySelector('.plotly-notifier .notifier-note');
                if (!tip) return null;
                const t = tip.getBoundingClientRect();
                const apart = (r, acrossOnly) => t.left >= r.right || t.right <= r.left || (!acrossOnly && (t.top >= r.bottom || t.bottom <= r.top));
                const over = [['drawer', '[data-testid=sidebar]', true], ['filter bar', '[data-testid=dashboard-filters]', false],
                              ['authority select', '[data-testid=authority]', false]]
                    .filter(([, selector, acrossOnly]) => !apart(document.querySelector(selector).getBoundingClientRect(), acrossOnly))
                    .map(([name]) => name);
                return { over: over.join(', '), tip: `${Math.round(t.left)},${Math.round(t.top)} ${Math.round(t.width)}x${Math.round(t.height)}` };
            }
            """, null, new() { Timeout = 10_000 });
        var measured = await found.JsonValueAsync<System.Text.Json.JsonElement>();
        var over = measured.GetProperty("over").GetString();
        return string.IsNullOrEmpty(over) ? null : $"the tip at {measured.GetProperty("tip").GetString()} overlaps the {over}";
    }

    /// <summary>Where on the page the first trace's first (or last) point is drawn, from plotly's own axes.</summary>
    public async Task<(double X, double Y)> PointPositionAsync(bool nearestStart)
    {
        var xy = await Chart.EvaluateAsync<double[]>("""
            (gd, first) => {
                const t = gd.data[0], i = first ? 0 : t.x.length - 1, l = gd._fullLayout, box = gd.querySelector('.main-svg').getBoundingClientRect();
                return [box.left + l._size.l + l.xaxis.d2p(l.xaxis.d2c(t.x[i])), box.top + l._size.t + l.yaxis.d2p(t.y[i])];
            }
            """, nearestStart);
        return (xy[0], xy[1]);
    }

    public Task<int> MarkerCountAsync() => Chart.EvaluateAsync<int>("e => e.querySelectorAll('.scatterlayer .point').length");

    /// <summary>Toggles a category of the small multiples (the category bar allows several).</summary>
    public Task ToggleCategoryAsync(string label) =>
        page.GetByTestId("category").GetByText(label, new() { Exact = true }).ClickAsync();

    public Task ChooseModeAsync(string label) =>
        page.GetByTestId("mode").GetByText(label, new() { Exact = true }).ClickAsync();

    /// <summary>Types a day (yyyy-MM-dd) into the date filter <paramref name="testId"/> (<c>from</c> or <c>to</c>) and leaves the field.</summary>
    public async Task SetDateAsync(string testId, string day)
    {
        var input = DateInput(testId);
        await input.FillAsync(day);
        await input.PressAsync("Tab");
    }

    public ILocator DateInput(string testId) => page.GetByTestId(testId).Locator("input");

    public async Task<IDownload> DownloadAsync(string format, int panel = 1) =>
        await page.RunAndWaitForDownloadAsync(() => page.GetByTestId($"download-{format}-{panel}").ClickAsync(), new() { Timeout = 30_000 });
}
