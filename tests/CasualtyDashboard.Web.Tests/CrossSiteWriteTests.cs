using System.Net;
using System.Net.Http.Headers;
using System.Text;
using CasualtyDashboard.Data;
using CasualtyDashboard.Data.Entities;
using CasualtyDashboard.Web.Security;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CasualtyDashboard.Web.Tests;

/// <summary>What another site's page can make a visitor's browser send, against the real app: all refused.</summary>
public sealed class CrossSiteWriteTests
{
    private const string Article = """{"text":"أعلنت وزارة الصحة في غزة ارتفاع حصيلة الشهداء إلى 10328 شهيدا."}""";

    private static readonly string[] WriteEndpoints =
        ["/api/articles", "/api/reference?dataset=gaza&name=x.json", "/api/conflicts/some-key/resolve", "/api/conflicts/some-key/dismiss"];

    /// <summary>The bodies a form or a no-cors fetch can carry without a preflight, and one without any content type.</summary>
    private static IEnumerable<HttpContent> SimpleBodies(string text)
    {
        yield return new StringContent(text, Encoding.UTF8, "text/plain");
        yield return new FormUrlEncodedContent([new(text, "")]);
        yield return new MultipartFormDataContent { { new StringContent(text), "file", "x.json" } };
        var untyped = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        untyped.Headers.ContentType = null;
        yield return untyped;
    }

    [Fact]
    public async Task SimpleRequestBodies_ToEveryWriteEndpoint_Answer415_AndStoreNothing()
    {
        await using var factory = new DashboardAppFactory();
        using var client = factory.CreateClient();
        var reference = await File.ReadAllTextAsync(Reconciliation.ReconciledApp.Shared("reference", "tfp", "casualties_daily.json"));

        foreach (var endpoint in WriteEndpoints)
        {
            foreach (var body in SimpleBodies(endpoint.Contains("reference") ? reference : Article))
            {
                using var response = await client.PostAsync(endpoint, body);
                Assert.True(response.StatusCode == HttpStatusCode.UnsupportedMediaType,
                    $"{endpoint} with {body.Headers.ContentType?.MediaType ?? "no content type"}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                Assert.Contains("application/json", await response.Content.ReadAsStringAsync());
            }
        }
        await using (var db = await factory.Services.GetRequiredService<IDbContextFactory<DashboardDbContext>>().CreateDbContextAsync())
        {
            Assert.Equal(0, await db.Articles.CountAsync());
            Assert.Equal(0, await db.Set<ReferenceClaim>().CountAsync());
        }

        // The same bodies as JSON are read: the refusal is about the type, not the content.
        using var article = await client.PostAsync("/api/articles", new StringContent(Article, Encoding.UTF8, "application/json"));
        using var json = new StringContent(reference, Encoding.UTF8);
        json.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var imported = await client.PostAsync("/api/reference?dataset=gaza&name=casualties_daily.json", json);
        Assert.Equal(HttpStatusCode.Accepted, article.StatusCode);
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        await using (var db = await factory.Services.GetRequiredService<IDbContextFactory<DashboardDbContext>>().CreateDbContextAsync())
        {
            var claims = await db.Set<ReferenceClaim>().CountAsync();
            Assert.True(claims > 1000, $"{claims} reference claims");

            // A form that would replace the dataset with one row leaves it whole.
            using var form = await client.PostAsync("/api/reference?dataset=gaza&format=csv",
                new FormUrlEncodedContent([new("report_date,killed_cum\n2023-11-06,1", "")]));
            Assert.Equal(HttpStatusCode.UnsupportedMediaType, form.StatusCode);
            Assert.Equal(claims, await db.Set<ReferenceClaim>().CountAsync());
        }
    }

    [Fact]
    public async Task WriteNamingAnotherOrigin_Answers403_SameOriginIsServed()
    {
        await using var factory = new DashboardAppFactory();
        using var client = factory.CreateClient();

        using var foreign = new HttpRequestMessage(HttpMethod.Post, "/api/articles") { Content = new StringContent(Article, Encoding.UTF8, "application/json") };
        foreign.Headers.Add("Origin", "http://evil.example");
        using var own = new HttpRequestMessage(HttpMethod.Post, "/api/articles") { Content = new StringContent(Article, Encoding.UTF8, "application/json") };
        own.Headers.Add("Origin", "http://localhost");

        Assert.Equal(HttpStatusCode.Forbidden, (await client.SendAsync(foreign)).StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, (await client.SendAsync(own)).StatusCode);
    }

    [Fact]
    public async Task BehindAProxy_OriginNamedInAllowedHosts_IsServed_OthersStillRefused()
    {
        await using var root = new DashboardAppFactory();
        await using var factory = root.WithWebHostBuilder(b => b.UseSetting("AllowedHosts", "localhost;dash.example"));
        using var client = factory.CreateClient();

        using var proxied = new HttpRequestMessage(HttpMethod.Post, "/_blazor/negotiate?negotiateVersion=1");
        proxied.Headers.Add("Origin", "https://dash.example");
        using var foreign = new HttpRequestMessage(HttpMethod.Post, "/_blazor/negotiate?negotiateVersion=1");
        foreign.Headers.Add("Origin", "https://dash.example.evil.example");

        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(proxied)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.SendAsync(foreign)).StatusCode);
    }

    [Fact]
    public async Task BlazorHub_FromAnotherOrigin_IsRefused_FromItsOwnPagesOpens()
    {
        await using var factory = new DashboardAppFactory();
        using var client = factory.CreateClient();

        var socket = factory.Server.CreateWebSocketClient();
        socket.ConfigureRequest = r => r.Headers.Origin = "http://evil.example";
        var refused = await Assert.ThrowsAnyAsync<Exception>(() => socket.ConnectAsync(new Uri("ws://localhost/_blazor?id=abc"), CancellationToken.None));
        Assert.Contains("403", refused.Message);

        using var foreignNegotiate = new HttpRequestMessage(HttpMethod.Post, "/_blazor/negotiate?negotiateVersion=1");
        foreignNegotiate.Headers.Add("Origin", "https://evil.example");
        using var ownNegotiate = new HttpRequestMessage(HttpMethod.Post, "/_blazor/negotiate?negotiateVersion=1");
        ownNegotiate.Headers.Add("Origin", "http://localhost");
        Assert.Equal(HttpStatusCode.Forbidden, (await client.SendAsync(foreignNegotiate)).StatusCode);
        using var opened = await client.SendAsync(ownNegotiate);
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        Assert.Contains("connectionToken", await opened.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task HostHeader_OtherThanTheHostingNames_Answers400_AllowedHostsSettingReplacesTheDefault()
    {
        await using var factory = new DashboardAppFactory();
        using var client = factory.CreateClient();
        await using var configured = factory.WithWebHostBuilder(b => b.UseSetting("AllowedHosts", "dash.example"));
        using var configuredClient = configured.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await GetWithHostAsync(client, "localhost")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await GetWithHostAsync(client, "127.0.0.1:5080")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await GetWithHostAsync(client, "rebind.evil.example")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await GetWithHostAsync(configuredClient, "dash.example")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await GetWithHostAsync(configuredClient, "rebind.evil.example")).StatusCode);
    }

    [Fact]
    public void AllowedHostsDefault_IsLoopbackAndTheListeningHost_OrThisMachineForEveryInterface()
    {
        var named = AllowedHostsDefaults.For([new Uri("http://dash.internal:8080")]);
        var everywhere = AllowedHostsDefaults.For([new Uri("http://0.0.0.0:8080")]);

        Assert.Equal(["localhost", "127.0.0.1", "[::1]", "dash.internal"], named);
        Assert.Contains(System.Net.Dns.GetHostName(), everywhere);
        Assert.DoesNotContain("*", everywhere);
    }

    private static async Task<HttpResponseMessage> GetWithHostAsync(HttpClient client, string host)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/health");
        request.Headers.Host = host;
        return await client.SendAsync(request);
    }
}
