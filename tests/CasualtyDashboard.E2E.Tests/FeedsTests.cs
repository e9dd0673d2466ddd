using System.Net;
using CasualtyDashboard.E2E.Tests.Pages;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace CasualtyDashboard.E2E.Tests;

public sealed class FeedsTests
{
    [Fact]
    public async Task FeedsPage_AddFeedAndPollNow_ShowsItemsTakenAndThePageThatFailed()
    {
        await using var news = await StartNewsSiteAsync();
        var feedUrl = news.Urls.First().TrimEnd('/') + "/rss.xml";
        var goneUrl = news.Urls.First().TrimEnd('/') + "/gone.xml";
        // The news site runs on this machine: its address is allowed by name, as an operator would for an internal feed.
        await using var app = await AppProcess.StartAsync(new Dictionary<string, string> { ["Demo:Enabled"] = "false", ["Feeds:AllowedInternalHosts:0"] = "127.0.0.1" });
        var browser = new BrowserFixture();
        await browser.InitializeAsync();
        try
        {
            var page = await browser.Browser.NewSignedInPageAsync(app.BaseAddress);
            var feeds = new FeedsPage(page);
            await feeds.OpenAsync(app.BaseAddress);

            await feeds.AddAsync("ftp://news.example/rss.xml", "وكالة");
            await Assertions.Expect(feeds.Message).ToContainTextAsync(Shown.Message("Only http and https feeds are read, not ftp."));
            await feeds.AddAsync(feedUrl, "وكالة الاختبار");
            await Assertions.Expect(feeds.Row(feedUrl)).ToContainTextAsync("وكالة الاختبار");

            await feeds.PollNowAsync(feedUrl);
            await Assertions.Expect(feeds.Row(feedUrl).GetByTestId("feed-taken")).ToHaveTextAsync("2", new() { Timeout = 30_000 });
            await Assertions.Expect(feeds.Row(feedUrl).GetByTestId("feed-outcome")).ToContainTextAsync(Shown.Message("3 items fetched: 2 stored, 0 already stored, 1 failed."));
            await feeds.AddAsync(goneUrl, "وكالة غائبة");
            await feeds.PollNowAsync(goneUrl);
            await Assertions.Expect(feeds.Row(goneUrl).GetByTestId("feed-error")).ToContainTextAsync(Shown.Message("Fetching the feed failed: HTTP 404 Not Found"), new() { Timeout = 30_000 });
            // Shown once: "Failed: <the error>", not the outcome and the error one under the other.
            await Assertions.Expect(feeds.Row(goneUrl)).Not.ToContainTextAsync(new System.Text.RegularExpressions.Regex("Not Found.*Not Found", System.Text.RegularExpressions.RegexOptions.Singleline));
            await Screenshots.SaveAsync(page, "feeds-en");

            await feeds.ShowItemsAsync(feedUrl);
            await Assertions.Expect(feeds.ItemsGrid.Locator("tr", new() { HasText = "خبر محذوف" })).ToContainTextAsync(Shown.Message("HTTP 404 Not Found"));
            await Screenshots.SaveAsync(page, "feeds-items-en");

            await page.GetByTestId("lang-ar").ClickAsync();
            await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "rtl", new() { Timeout = 20_000 });
            await page.Locator("[data-testid=feeds-title][data-interactive=true]").WaitForAsync(new() { Timeout = 60_000 });
            await Assertions.Expect(feeds.Row(goneUrl).GetByTestId("feed-error")).ToContainTextAsync("فشل: فشل جلب الخلاصة");
            await Assertions.Expect(feeds.Row(goneUrl).GetByTestId("feed-outcome")).ToHaveCountAsync(0);
            await Assertions.Expect(feeds.Row(feedUrl).GetByTestId("feed-outcome")).ToContainTextAsync("جُلب");
            await Screenshots.SaveAsync(page, "feeds-ar");
            await feeds.ShowItemsAsync(feedUrl);
            await Assertions.Expect(feeds.ItemsGrid.Locator("tr", new() { HasText = "خبر محذوف" })).ToContainTextAsync("ردّ الخادم بالرمز");
            await Screenshots.SaveAsync(page, "feeds-items-ar");
        }
        finally
        {
            await browser.DisposeAsync();
            try { Directory.Delete(app.DataFolder, recursive: true); } catch (IOException) { }
        }
    }

    /// <summary>A news site on 127.0.0.1: an RSS feed of three items, two article pages, and nothing at the third link.</summary>
    private static async Task<WebApplication> StartNewsSiteAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var site = builder.Build();
        site.MapGet("/rss.xml", () => Results.Text("""
            <?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>وكالة</title>
            <item><title>غارة على رفح</title><link>/a.html</link><guid>a</guid><pubDate>Tue, 07 Nov 2023 10:00:00 +0200</pubDate></item>
            <item><title>حصيلة جديدة</title><link>/b.html</link><guid>b</guid><pubDate>Wed, 08 Nov 2023 10:00:00 +0200</pubDate></item>
            <item><title>خبر محذوف</title><link>/gone.html</link><guid>c</guid><pubDate>Wed, 08 Nov 2023 11:00:00 +0200</pubDate></item>
            </channel></rss>
            """, "application/rss+xml"));
        site.MapGet("/a.html", () => Results.Text("<html><body><nav>القائمة</nav><article><p>قتل 5 أشخاص في غارة على رفح.</p></article></body></html>", "text/html"));
        site.MapGet("/b.html", () => Results.Text("<html><body><article><p>ارتفعت الحصيلة إلى 10328 شهيدا.</p></article></body></html>", "text/html"));
        // After the start, Urls holds the address Kestrel bound (port 0 becomes a free port).
        await site.StartAsync();
        return site;
    }
}
