using System.Net;
using System.Text.Json;

namespace CasualtyDashboard.Web.Tests;

public sealed class HealthEndpointTests
{
    [Fact]
    public async Task Health_EmptyDatabase_AnswersHealthyWithZeroCounts()
    {
        await using var factory = new DashboardAppFactory();
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("healthy", body.RootElement.GetProperty("status").GetString());
        Assert.Equal(0, body.RootElement.GetProperty("articles").GetInt32());
        Assert.True(File.Exists(factory.DatabasePath), "the database file is created and migrated at start");
    }

    [Fact]
    public async Task Health_DemoOn_CountsTheDemoArticlesLoadedAtFirstStart()
    {
        await using var factory = new DashboardAppFactory(demo: true);
        using var client = factory.CreateClient();

        using var body = JsonDocument.Parse(await client.GetStringAsync("/health"));

        Assert.True(body.RootElement.GetProperty("articles").GetInt32() >= 20, body.RootElement.ToString());
        Assert.Equal(body.RootElement.GetProperty("articles").GetInt32(), body.RootElement.GetProperty("pendingArticles").GetInt32());
    }

    [Fact]
    public async Task Dashboard_Get_ServesTheShellWithNavigation()
    {
        await using var factory = new DashboardAppFactory();
        using var client = factory.CreateClient();

        var html = await client.GetStringAsync("/");

        foreach (var page in new[] { "Dashboard", "Figures", "Conflicts", "Articles", "Import", "Jobs", "Export" })
            Assert.Contains($">{page}<", html);
        // plotly's basic bundle comes from Plotly.Blazor's package (preloaded), its Arabic locale from the build's npm step.
        Assert.Contains("_content/Plotly.Blazor/plotly-basic-3.7.0.min.js", html);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync("_content/Plotly.Blazor/plotly-basic-3.7.0.min.js")).StatusCode);
        var locale = await client.GetStringAsync("lib/plotly/plotly-locale-ar.js");
        Assert.Contains("window.PlotlyLocales", locale);
        // plotly's own words are Arabic too (the package's ar.js has an empty dictionary): the legend's double-click tip.
        Assert.Contains("'Double-click on legend to isolate one trace': 'انقر نقرًا مزدوجًا على مفتاح الرسم لعزل سلسلة واحدة'", locale);
        // Offline: every script and stylesheet comes from the app itself, none from another host.
        Assert.DoesNotMatch("(src|href)=\"(https?:)?//", html);
    }
}
