using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using CasualtyDashboard.E2E.Tests.Ingestion;
using Xunit.Abstractions;

namespace CasualtyDashboard.E2E.Tests.Hostile;

/// <summary>The real app whose SQLite files become unwritable while it runs, then writable again.</summary>
public sealed class ReadOnlyDatabaseTests(ITestOutputHelper output)
{
    private static StringContent Article(int n) =>
        new($$"""{"text":"أعلنت وزارة الصحة استشهاد {{n}} مواطنين في غارة."}""", Encoding.UTF8, "application/x-ndjson");

    [Fact]
    public async Task ReadOnlyFiles_WritesAnswerJson503_HealthIsUnhealthy_AndBothRecoverWithinSecondsOnceWritable()
    {
        await using var app = await AppProcess.StartAsync(new Dictionary<string, string> { ["Demo:Enabled"] = "false", ["Jobs:Enabled"] = "true" });
        using var http = AppSessions.Client(app.BaseAddress, TimeSpan.FromSeconds(60));
        using (var first = await http.PostAsync("api/articles", Article(1))) Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);

        TimeSpan recovery;
        using (var files = new ReadOnlyFiles([app.DatabasePath, app.DatabasePath + "-wal", app.DataFolder]))
        {
            var refusedClock = Stopwatch.StartNew();
            using var refused = await http.PostAsync("api/articles", Article(2));
            output.WriteLine($"a write answered {(int)refused.StatusCode} in {refusedClock.Elapsed.TotalSeconds:0.00} s");
            var body = await refused.Content.ReadAsStringAsync();
            Assert.True(refused.StatusCode == HttpStatusCode.ServiceUnavailable, $"{(int)refused.StatusCode}: {body}\n{app.Output}");
            Assert.Equal("application/json", refused.Content.Headers.ContentType?.MediaType);
            Assert.Contains("cannot be written", JsonDocument.Parse(body).RootElement.GetProperty("error").GetString());
            Assert.True(refused.Headers.RetryAfter is not null);

            var healthClock = Stopwatch.StartNew();
            using var health = await http.GetAsync("health");
            output.WriteLine($"/health answered {(int)health.StatusCode} in {healthClock.Elapsed.TotalSeconds:0.00} s");
            var healthBody = await health.Content.ReadAsStringAsync();
            Assert.True(health.StatusCode == HttpStatusCode.ServiceUnavailable, healthBody);
            Assert.Equal("unhealthy", JsonDocument.Parse(healthBody).RootElement.GetProperty("status").GetString());

            // Reading goes on meanwhile.
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("api/series")).StatusCode);
            files.Dispose();

            var clock = Stopwatch.StartNew();
            while (true)
            {
                using var again = await http.PostAsync("api/articles", Article(3));
                if (again.StatusCode == HttpStatusCode.Accepted) break;
                Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"still {(int)again.StatusCode} after {clock.Elapsed.TotalSeconds:0.0} s: {await again.Content.ReadAsStringAsync()}");
                await Task.Delay(250);
            }
            recovery = clock.Elapsed;
        }
        output.WriteLine(string.Join("\n", app.Output.Split('\n').Where(l => l.Contains("fail", StringComparison.OrdinalIgnoreCase) || l.Contains("SQLite", StringComparison.Ordinal)).Take(30)));
        output.WriteLine($"writes accepted again {recovery.TotalSeconds:0.00} s after the files became writable");
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("health")).StatusCode);
        Assert.Equal(2, (await new AppDatabase(app.DatabasePath).CountsAsync()).Articles);
        try { Directory.Delete(app.DataFolder, recursive: true); } catch (IOException) { }
    }

    [Fact]
    public async Task FeedsPage_AddingAFeedWhileTheDatabaseIsReadOnly_ShowsTheReason_AndTheSameCircuitAddsItOnceWritable()
    {
        await using var app = await AppProcess.StartAsync(new Dictionary<string, string> { ["Demo:Enabled"] = "false", ["Jobs:Enabled"] = "false" });
        var browser = new BrowserFixture();
        await browser.InitializeAsync();
        try
        {
            var page = await browser.Browser.NewSignedInPageAsync(app.BaseAddress);
            var feeds = new Pages.FeedsPage(page);
            await feeds.OpenAsync(app.BaseAddress);
            using (var http = AppSessions.Client(app.BaseAddress))
                Assert.Equal(HttpStatusCode.Accepted, (await http.PostAsync("api/articles", Article(1))).StatusCode); // the WAL file exists

            using (new ReadOnlyFiles([app.DatabasePath, app.DatabasePath + "-wal", app.DataFolder]))
            {
                await feeds.AddAsync("https://news.example/rss.xml", "وكالة");
                await Microsoft.Playwright.Assertions.Expect(page.GetByTestId("page-error-reason")).ToContainTextAsync("database", new() { Timeout = 30_000 });
            }

            // Same page, same circuit: "Try again" brings the page back and the feed is added.
            await page.GetByTestId("page-error-retry").ClickAsync();
            await page.Locator("[data-testid=feeds-title][data-interactive=true]").WaitForAsync(new() { Timeout = 30_000 });
            await feeds.AddAsync("https://news.example/rss.xml", "وكالة");
            await Microsoft.Playwright.Assertions.Expect(feeds.Row("https://news.example/rss.xml")).ToContainTextAsync("وكالة", new() { Timeout = 30_000 });
        }
        finally
        {
            await browser.DisposeAsync();
            try { Directory.Delete(app.DataFolder, recursive: true); } catch (IOException) { }
        }
    }
}
