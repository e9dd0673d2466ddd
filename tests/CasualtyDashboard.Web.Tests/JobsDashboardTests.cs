using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace CasualtyDashboard.Web.Tests;

/// <summary>The Hangfire dashboard at /hangfire: local requests only until accounts exist, read-only, no connection string.</summary>
public sealed class JobsDashboardTests
{
    /// <summary>Gives every request the client address a test chooses (the test server has none), as Kestrel would.</summary>
    private sealed class ClientAddress(IPAddress remote) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((HttpContext context, RequestDelegate nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = remote;
                context.Connection.LocalIpAddress = IPAddress.Parse("10.1.2.3");
                return nextMiddleware(context);
            });
            next(app);
        };
    }

    private static HttpClient Client(DashboardAppFactory factory, string remote, bool jobs = false) =>
        factory.WithWebHostBuilder(b => b
            .UseSetting("Jobs:Enabled", jobs ? "true" : "false")
            .ConfigureServices(s => s.AddSingleton<IStartupFilter>(new ClientAddress(IPAddress.Parse(remote)))))
            .CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Theory]
    [InlineData("203.0.113.9")]
    [InlineData("192.168.1.20")]
    [InlineData("2001:db8::7")]
    public async Task RemoteAnonymousRequest_IsRefused(string remote)
    {
        await using var factory = new DashboardAppFactory();
        using var client = Client(factory, remote);

        foreach (var page in new[] { "/hangfire", "/hangfire/recurring", "/hangfire/jobs/succeeded", "/hangfire/stats" })
        {
            var response = await client.GetAsync(page);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.DoesNotContain("Hangfire", await response.Content.ReadAsStringAsync());
        }
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("::1")]
    public async Task LocalRequest_SeesTheRecurringJobs_ReadOnly_WithoutTheConnectionString(string local)
    {
        await using var factory = new DashboardAppFactory();
        using var client = Client(factory, local, jobs: true);

        var response = await client.GetAsync("/hangfire/recurring");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        foreach (var job in new[] { "extract-articles", "reconcile-figures", "poll-feeds", "reextract-articles" }) Assert.Contains(job, html);
        Assert.Contains("0/30 * * * * ?", html);
        Assert.DoesNotContain("recurring/trigger", html); // no "Trigger now" or "Delete" buttons
        Assert.DoesNotContain("recurring/remove", html);
        Assert.DoesNotContain(factory.DatabasePath, await client.GetStringAsync("/hangfire"));
    }

    [Fact]
    public async Task Navigation_LinksTheHangfireDashboard_AsAFullPageLoad()
    {
        await using var factory = new DashboardAppFactory();
        using var client = factory.CreateClient();

        var html = await client.GetStringAsync("/jobs");

        Assert.Matches("<a[^>]*href=\"hangfire\"[^>]*target=\"_top\"|<a[^>]*target=\"_top\"[^>]*href=\"hangfire\"", html);
    }
}
