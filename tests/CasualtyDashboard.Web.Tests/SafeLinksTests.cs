using System.Net;
using System.Text;
using System.Text.Json;
using CasualtyDashboard.Web.Services.Articles;

namespace CasualtyDashboard.Web.Tests;

public sealed class SafeLinksTests
{
    [Theory]
    [InlineData("https://example.org/news/1", true)]
    [InlineData("http://example.org", true)]
    [InlineData("  https://example.org/a b ", true)]
    [InlineData("javascript:alert(document.cookie)", false)]
    [InlineData("JavaScript:alert(1)", false)]
    [InlineData(" javascript:alert(1)", false)]
    [InlineData("java\tscript:alert(1)", false)]
    [InlineData("data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==", false)]
    [InlineData("vbscript:msgbox(1)", false)]
    [InlineData("//evil.example/x", false)]
    [InlineData("/articles/1", false)]
    [InlineData("file:///etc/passwd", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void IsHttpLink_OnlyAbsoluteHttpAndHttps(string? url, bool link)
    {
        Assert.Equal(link, SafeLinks.IsHttpLink(url));
        Assert.Equal(link ? url!.Trim() : null, SafeLinks.Href(url));
    }

    [Fact]
    public async Task PostedArticlesWithScriptUrls_AreRejectedWithTheReason_TheHttpOneStored()
    {
        await using var factory = new DashboardAppFactory();
        using var client = factory.CreateClient();
        var body = """
            {"text":"قتل 5","url":"javascript:alert(document.cookie)"}
            {"text":"قتل 6","url":"data:text/html,<script>alert(1)</script>"}
            {"text":"قتل 7","url":" VBScript:msgbox(1)"}
            {"text":"قتل 8","url":"https://example.org/news/8"}
            """;

        var response = await client.PostAsync("/api/articles", new StringContent(body, Encoding.UTF8, "application/x-ndjson"));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        using var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var items = report.RootElement.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(["rejected", "rejected", "rejected", "stored"], items.Select(i => i.GetProperty("status").GetString()));
        Assert.All(items.Take(3), i => Assert.Contains("http or https", i.GetProperty("error").GetString()));
        var stored = await client.GetStringAsync($"/api/articles/{items[3].GetProperty("articleId").GetInt64()}");
        Assert.Contains("https://example.org/news/8", stored);
    }
}
