using System.Net;
using System.Text.RegularExpressions;
using CasualtyDashboard.Data.Accounts;
using Microsoft.AspNetCore.Hosting;

namespace CasualtyDashboard.Web.Tests;

/// <summary>
/// The Hangfire dashboard at /hangfire behind the app's policies: no login 401, a Viewer or an API key 403, an Analyst
/// reads without buttons (a command posted anyway is refused), an Admin sees and uses the buttons; never the connection string.
/// </summary>
public sealed partial class JobsDashboardTests
{
    private static readonly string[] Pages = ["/hangfire", "/hangfire/recurring", "/hangfire/jobs/succeeded", "/hangfire/stats"];

    [Fact]
    public async Task Anonymous_Viewer_AndKeys_AreRefused()
    {
        await using var factory = new DashboardAppFactory();
        await TestAccounts.CreateAsync(factory, "viewer@tests.example", Roles.Viewer);
        using var anonymous = factory.AnonymousClient();
        using var viewer = await TestAccounts.SignedInClientAsync(factory, "viewer@tests.example");
        using var key = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        foreach (var page in Pages)
        {
            var response = await anonymous.GetAsync(page);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.DoesNotContain("Hangfire", await response.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.Forbidden, (await viewer.GetAsync(page)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await key.GetAsync(page)).StatusCode);
        }
    }

    [Fact]
    public async Task Analyst_SeesTheRecurringJobs_ReadOnly_AndCannotTrigger()
    {
        await using var factory = new DashboardAppFactory();
        var jobs = factory.WithWebHostBuilder(b => b.UseSetting("Jobs:Enabled", "true"));
        await TestAccounts.CreateAsync(jobs, "analyst@tests.example", Roles.Analyst);
        using var client = await TestAccounts.SignedInClientAsync(jobs, "analyst@tests.example");

        var response = await client.GetAsync("/hangfire/recurring");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        foreach (var job in new[] { "extract-articles", "reconcile-figures", "poll-feeds", "reextract-articles" }) Assert.Contains(job, html);
        Assert.Contains("0/30 * * * * ?", html);
        Assert.DoesNotContain("recurring/trigger", html); // no "Trigger now" or "Delete" buttons
        Assert.DoesNotContain("recurring/remove", html);
        Assert.DoesNotContain(factory.DatabasePath, await client.GetStringAsync("/hangfire"));
        var trigger = await PostCommandAsync(client, html, "/hangfire/recurring/trigger", "reconcile-figures");
        Assert.True(trigger.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden, $"{trigger.StatusCode}");
    }

    [Fact]
    public async Task Admin_SeesTheButtons_AndTriggersAJob()
    {
        await using var factory = new DashboardAppFactory();
        var jobs = factory.WithWebHostBuilder(b => b.UseSetting("Jobs:Enabled", "true"));
        using var client = await TestAccounts.SignedInClientAsync(jobs, DashboardAppFactory.AdminEmail, DashboardAppFactory.AdminPassword);

        var html = await client.GetStringAsync("/hangfire/recurring");

        Assert.Contains("recurring/trigger", html);
        var trigger = await PostCommandAsync(client, html, "/hangfire/recurring/trigger", "reconcile-figures");
        Assert.Equal(HttpStatusCode.NoContent, trigger.StatusCode);
    }

    [Fact]
    public async Task Navigation_LinksTheHangfireDashboard_AsAFullPageLoad()
    {
        await using var factory = new DashboardAppFactory();
        using var client = factory.CreateClient();

        var html = await client.GetStringAsync("/jobs");

        Assert.Matches("<a[^>]*href=\"hangfire\"[^>]*target=\"_top\"|<a[^>]*target=\"_top\"[^>]*href=\"hangfire\"", html);
    }

    /// <summary>Posts a dashboard command as its page's script does: the job ids as a form, with Hangfire's antiforgery header.</summary>
    private static async Task<HttpResponseMessage> PostCommandAsync(HttpClient client, string page, string path, string job)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["jobs[]"] = job }),
        };
        var header = AntiforgeryHeader().Match(page);
        var token = AntiforgeryToken().Match(page);
        if (header.Success && token.Success) request.Headers.Add(WebUtility.HtmlDecode(header.Groups[1].Value), WebUtility.HtmlDecode(token.Groups[1].Value));
        return await client.SendAsync(request);
    }

    [GeneratedRegex("<meta name=\"csrf-header\" content=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryHeader();

    [GeneratedRegex("<meta name=\"csrf-token\" content=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
