using System.Diagnostics;
using CasualtyDashboard.Data.Queries;
using CasualtyDashboard.E2E.Tests;
using CasualtyDashboard.Jobs;
using CasualtyDashboard.Jobs.Reconciliation;
using CasualtyDashboard.Web.Resources;
using CasualtyDashboard.Web.Services;
using CasualtyDashboard.Web.Services.Dashboard;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;
using MsOptions = Microsoft.Extensions.Options.Options;

namespace CasualtyDashboard.Benchmarks;

/// <summary>
/// `-- dashboard [figures] [folder]`: issue 6's dashboard timings on a SQLite file holding that many synthetic figures
/// (default 1,000,000), reconciled by the real service. Prints (1) the chart service's time per view, in process, and
/// (2) in Debian's Chromium against the real app (Release build, jobs off): from navigation to the first chart drawn by
/// the live circuit (the chart is drawn only once the circuit is interactive), and from a filter click to the redraw.
/// With a folder, a database already there is reused (seed once, measure many times).
/// </summary>
public static class DashboardMeasurement
{
    public static async Task<int> RunAsync(int count, string? folderArg)
    {
        var folder = folderArg ?? Directory.CreateTempSubdirectory("cd-dashboard-").FullName;
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, "casualty.db");
        var database = new ReconcileJobMeasurement.Factory($"Data Source={file};Pooling=False");
        try
        {
            if (!File.Exists(file))
            {
                var seeding = Stopwatch.StartNew();
                await ReconcileJobMeasurement.SeedAsync(database, count);
                using var service = new ReconciliationService(database, MsOptions.Create(new ReconciliationSettings()), new DashboardUpdates(), TimeProvider.System,
                    NullLogger<ReconciliationService>.Instance);
                var summary = await service.RunAsync(null, CancellationToken.None);
                Console.WriteLine($"Seeded {count:N0} figures and reconciled them in {seeding.Elapsed.TotalSeconds:0.0} s ({summary})");
            }
            Console.WriteLine($"Database: {file} ({new FileInfo(file).Length / 1048576.0:N0} MiB)");

            await MeasureServiceAsync(database);
            SqliteConnection.ClearAllPools();
            await MeasureBrowserAsync(folder);
            return 0;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            if (folderArg is null) Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task MeasureServiceAsync(ReconcileJobMeasurement.Factory database)
    {
        var localizer = new StringLocalizer<SharedResource>(new ResourceManagerStringLocalizerFactory(MsOptions.Create(new LocalizationOptions()), NullLoggerFactory.Instance));
        var reconciliation = new ReconciliationQueries(database);
        var service = new DashboardChartService(reconciliation, new AnnotationQueries(database), new TrendChartService(new FigureQueries(database)),
            new DashboardFigureBuilder(localizer, new CodeNames(localizer)), localizer);
        var views = new (string Name, string Query)[]
        {
            ("default (killed, cumulative)", ""),
            ("daily", "mode=daily"),
            ("killed + injured", "category=killed,injured"),
            ("children + women, killed + injured (4 panels)", "category=killed,injured&subgroup=children,women"),
            ("one authority", "authority=gaza_moh"),
            ("one outlet, 3 months", "outlet=BBC%20Arabic&from=2024-01-01&to=2024-03-31"),
        };
        Console.WriteLine("Chart service (in process, median of 5 after one warm-up):");
        foreach (var (name, query) in views)
        {
            var view = DashboardView.Parse(query, out _);
            var built = await service.BuildAsync(view);
            var times = new List<double>();
            for (var i = 0; i < 5; i++)
            {
                var clock = Stopwatch.StartNew();
                built = await service.BuildAsync(view);
                times.Add(clock.Elapsed.TotalMilliseconds);
            }
            times.Sort();
            var points = built.Panels.Sum(p => p.Points);
            var json = built.Panels.Sum(p => p.Figure.ToJson().Length);
            Console.WriteLine($"  {name,-48} {times[2],7:0} ms  ({built.Panels.Count} panel(s), {points:N0} points, {json / 1024.0:N0} KiB of chart JSON)");
        }
    }

    private static async Task MeasureBrowserAsync(string folder)
    {
        var settings = new Dictionary<string, string> { ["Jobs:Enabled"] = "false", ["Demo:Enabled"] = "false" };
        await using var app = await AppProcess.StartAsync(settings, folder, IngestThroughput.WebOutput());
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });

        Console.WriteLine("Browser (Chromium, real app; first chart = navigation until the live circuit has drawn it):");
        IPage? page = null;
        for (var i = 1; i <= 3; i++)
        {
            page = await (await browser.NewContextAsync()).NewPageAsync();
            await page.Context.AddCookiesAsync(AppSessions.Jar(app.BaseAddress).GetCookies(app.BaseAddress)
                .Select(c => new Microsoft.Playwright.Cookie { Name = c.Name, Value = c.Value, Domain = app.BaseAddress.Host, Path = "/" }).ToList());
            var clock = Stopwatch.StartNew();
            await page.GotoAsync(app.BaseAddress.ToString());
            await page.WaitForFunctionAsync(FirstChartDrawn, null, new() { Timeout = 120_000 });
            Console.WriteLine($"  first chart, page load {i}: {clock.Elapsed.TotalMilliseconds,7:0} ms");
            // Where the time went, from the browser's own clock (ms since navigation start).
            var parts = await page.EvaluateAsync<string>("""
                () => {
                    const nav = performance.getEntriesByType('navigation')[0];
                    const res = (part) => performance.getEntriesByType('resource').find(r => r.name.includes(part));
                    const t = (x) => x ? Math.round(x) : '-';
                    return `html ${t(nav.responseEnd)}, DOMContentLoaded ${t(nav.domContentLoadedEventEnd)}, `
                        + `blazor.web.js ${t(res('blazor.web.js')?.responseEnd)}, plotly loaded ${t(res('plotly-basic')?.responseEnd)}, `
                        + `circuit negotiate ${t(res('_blazor/negotiate')?.responseEnd)}, `
                        + `Plotly.Blazor interop ${t(res('plotly-interop')?.responseEnd)}, now ${t(performance.now())}`;
                }
                """);
            Console.WriteLine($"    {parts}");
            if (i < 3) await page.CloseAsync();
        }

        async Task TimeAsync(string name, Func<Task> act, string until)
        {
            var times = new List<double>();
            for (var i = 0; i < 3; i++)
            {
                var revision = await Revision(page!);
                var clock = Stopwatch.StartNew();
                await act();
                await page!.WaitForFunctionAsync(until, revision, new() { Timeout = 60_000 });
                times.Add(clock.Elapsed.TotalMilliseconds);
                await page.GotoAsync(app.BaseAddress.ToString());
                await page.WaitForFunctionAsync(FirstChartDrawn, null, new() { Timeout = 60_000 });
            }
            times.Sort();
            Console.WriteLine($"  {name,-44} {times[1],7:0} ms (median of 3; {string.Join(", ", times.Select(t => t.ToString("0")))})");
        }

        const string redrawn = "r => Number(document.querySelector('[data-testid=trend-chart]')?.dataset.revision ?? 0) > r";
        await TimeAsync("filter: cumulative → daily", () => page!.GetByTestId("mode").GetByText("Daily change", new() { Exact = true }).ClickAsync(), redrawn);
        await TimeAsync("filter: add injured (second panel drawn)", () => page!.GetByTestId("category").GetByText("Injured", new() { Exact = true }).ClickAsync(),
            "() => Number(document.querySelector('[data-testid=trend-chart-2]')?.dataset.revision ?? 0) >= 1 && document.querySelector('[data-testid=trend-chart-2] .main-svg') !== null");
        await TimeAsync("filter: date range (link navigation)", () => page!.EvaluateAsync("() => Blazor.navigateTo('/?from=2024-01-01&to=2024-06-30')"), redrawn);
        await TimeAsync("filter: one authority (link navigation)", () => page!.EvaluateAsync("() => Blazor.navigateTo('/?authority=gaza_moh')"), redrawn);
    }

    /// <summary>The first chart drawn by plotly (its SVG) and counted by its box (the circuit has it).</summary>
    private const string FirstChartDrawn =
        "() => Number(document.querySelector('[data-testid=trend-chart]')?.dataset.revision ?? 0) >= 1"
        + " && document.querySelector('[data-testid=trend-chart] .main-svg') !== null";

    private static async Task<int> Revision(IPage page) =>
        int.Parse(await page.GetByTestId("trend-chart").GetAttributeAsync("data-revision") ?? "0");
}
