using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Options;

namespace CasualtyDashboard.Web.Tests;

public sealed class FeedsPageTests
{
    [Fact]
    public async Task FeedsPage_FeedFromSettings_IsListedWithItsOutletAndNeverPolled()
    {
        await using var factory = new DashboardAppFactory();
        using var app = factory.WithWebHostBuilder(b => b
            .UseSetting("Feeds:Sources:0:Url", "https://news.example/gaza/rss.xml")
            .UseSetting("Feeds:Sources:0:Outlet", "وكالة الأنباء")
            .UseSetting("Feeds:Sources:0:IntervalMinutes", "15"));
        using var client = app.CreateClient();

        var html = System.Net.WebUtility.HtmlDecode(await client.GetStringAsync("/feeds"));

        Assert.Contains("https://news.example/gaza/rss.xml", html);
        Assert.Contains("وكالة الأنباء", html);
        Assert.Contains("15 min", html);
        Assert.Contains(">Feeds<", html);
    }

    [Fact]
    public async Task Start_FeedInSettingsWithAnFtpAddress_FailsNamingTheKey()
    {
        await using var factory = new DashboardAppFactory();
        using var app = factory.WithWebHostBuilder(b => b
            .UseSetting("Feeds:Sources:0:Url", "ftp://news.example/rss.xml")
            .UseSetting("Feeds:Sources:0:Outlet", "وكالة"));

        var error = Assert.Throws<OptionsValidationException>(() => app.CreateClient());

        Assert.Contains("Feeds:Sources:0:Url: Only http and https feeds are read, not ftp.", error.Message);
    }
}
