using System.Net;
using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text;
using CasualtyDashboard.Data.Accounts;
using CasualtyDashboard.Data.Analysts;
using CasualtyDashboard.Jobs.Reconciliation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace CasualtyDashboard.Web.Tests;

/// <summary>
/// Accounts on the real app: every <c>/api</c> endpoint (found in the app's endpoint list, so a new one cannot be
/// missed) refuses anonymous requests with 401 and wrong roles or key scopes with 403, never a redirect; lockout; the
/// sign-in cookie's flags; rate limits; anonymous reading as a setting; and writes refused in the services themselves.
/// </summary>
public sealed class AccountsTests : IAsyncLifetime
{
    private readonly DashboardAppFactory _factory = new();

    public async Task InitializeAsync()
    {
        await TestAccounts.CreateAsync(_factory, "viewer@tests.example", Roles.Viewer);
        await TestAccounts.CreateAsync(_factory, "analyst@tests.example", Roles.Analyst);
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    /// <summary>Every /api route with each of its methods, its parameters filled in, and the permission its policy names.</summary>
    private List<(string Method, string Url, string Policy)> ApiEndpoints()
    {
        var endpoints = _factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.TrimStart('/').StartsWith("api", StringComparison.Ordinal) == true).ToList();
        Assert.True(endpoints.Count >= 10, $"only {endpoints.Count} /api endpoints found");
        var list = new List<(string, string, string)>();
        foreach (var endpoint in endpoints)
        {
            Assert.Empty(endpoint.Metadata.GetOrderedMetadata<IAllowAnonymous>());
            var policies = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).OfType<string>().ToList();
            Assert.True(policies.Count > 0, $"{endpoint.RoutePattern.RawText} names no policy");
            var policy = policies.Contains(Security.Policies.Decide) ? Security.Policies.Decide
                : policies.Contains(Security.Policies.Ingest) ? Security.Policies.Ingest : policies.Last();
            var url = "/" + string.Join("/", endpoint.RoutePattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
            {
                Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart literal => literal.Content,
                Microsoft.AspNetCore.Routing.Patterns.RoutePatternSeparatorPart separator => separator.Content,
                Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart { Name: "id" } => "1",
                Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart { Name: "format" } => "csv",
                Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart parameter => "x-" + parameter.Name,
                _ => "",
            }))));
            foreach (var method in endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]) list.Add((method, url, policy));
        }
        return list;
    }

    private static HttpRequestMessage Request(string method, string url) => new(new HttpMethod(method), url)
    {
        Content = method == "GET" ? null : new StringContent("{}", Encoding.UTF8, "application/json"),
    };

    private HttpClient KeyClient(string token)
    {
        var client = _factory.AnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    [Fact]
    public async Task EveryApiEndpoint_RefusesAnonymousRequests_With401_NeverARedirect()
    {
        using var anonymous = _factory.AnonymousClient();
        using var badKey = KeyClient("cdk_kkkkevry_not-the-right-secret-at-all-for-this-prefix-000000");
        foreach (var (method, url, _) in ApiEndpoints())
        {
            var response = await anonymous.SendAsync(Request(method, url));
            Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{method} {url}: {(int)response.StatusCode} {response.Headers.Location}");
            Assert.Equal(HttpStatusCode.Unauthorized, (await badKey.SendAsync(Request(method, url))).StatusCode);
        }
    }

    [Fact]
    public async Task EveryApiWrite_RefusesAViewer_AndAReadKey_With403()
    {
        using var viewer = await TestAccounts.SignedInClientAsync(_factory, "viewer@tests.example");
        using var readKey = KeyClient(TestKeys.ReadOnly);
        var writes = ApiEndpoints().Where(e => e.Method != "GET").ToList();
        Assert.True(writes.Count >= 4);
        foreach (var (method, url, _) in writes)
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await viewer.SendAsync(Request(method, url))).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await readKey.SendAsync(Request(method, url))).StatusCode);
        }
    }

    [Fact]
    public async Task KeyScopes_AreEnforced_PerEndpoint()
    {
        using var read = KeyClient(TestKeys.ReadOnly);
        using var ingest = KeyClient(TestKeys.IngestOnly);
        using var decide = KeyClient(TestKeys.DecideOnly);
        foreach (var (method, url, policy) in ApiEndpoints())
        {
            foreach (var (client, allowed) in new[] { (read, Security.Policies.Read), (ingest, Security.Policies.Ingest), (decide, Security.Policies.Decide) })
            {
                var status = (await client.SendAsync(Request(method, url))).StatusCode;
                if (policy == allowed) Assert.True(status is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden), $"{allowed} key, {method} {url}: {status}");
                else Assert.True(status == HttpStatusCode.Forbidden, $"{allowed} key, {method} {url} ({policy}): {status}");
            }
        }
    }

    [Fact]
    public async Task AnAnalyst_MayPostArticles()
    {
        using var analyst = await TestAccounts.SignedInClientAsync(_factory, "analyst@tests.example");
        var body = new StringContent("{\"text\": \"قتل 3 أشخاص في غارة\"}\n", Encoding.UTF8, "application/x-ndjson");
        var response = await analyst.PostAsync("/api/articles", body);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    [Fact]
    public async Task Pages_RedirectAnonymousVisitors_ToSignIn_AndHealthStaysOpen()
    {
        using var anonymous = _factory.AnonymousClient();
        foreach (var page in new[] { "/", "/figures", "/conflicts", "/jobs", "/account/users" })
        {
            var response = await anonymous.GetAsync(page);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/account/signin", response.Headers.Location!.PathAndQuery);
        }
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/health")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/account/signin")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/_framework/blazor.web.js")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync("/culture/set?culture=ar")).StatusCode);
    }

    [Fact]
    public async Task AdminPages_RefuseAnAnalyst()
    {
        using var analyst = await TestAccounts.SignedInClientAsync(_factory, "analyst@tests.example");
        Assert.Equal(HttpStatusCode.OK, (await analyst.GetAsync("/figures")).StatusCode);
        foreach (var page in new[] { "/account/users", "/account/keys" })
        {
            var response = await analyst.GetAsync(page);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/account/denied", response.Headers.Location!.PathAndQuery);
        }
        using var admin = await TestAccounts.SignedInClientAsync(_factory, DashboardAppFactory.AdminEmail, DashboardAppFactory.AdminPassword);
        var users = await admin.GetStringAsync("/account/users");
        Assert.Contains("analyst@tests.example", users);
    }

    [Fact]
    public async Task RepeatedWrongPasswords_LockTheAccount_EvenForTheRightPassword()
    {
        await TestAccounts.CreateAsync(_factory, "target@tests.example", Roles.Analyst);
        using var client = _factory.AnonymousClient();
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            var wrong = await TestAccounts.PostSignInAsync(client, "target@tests.example", "not-the-password-" + attempt);
            Assert.Contains(attempt < 5 ? "error=invalid" : "error=locked", wrong.Headers.Location!.ToString());
        }
        var right = await TestAccounts.PostSignInAsync(client, "target@tests.example", TestAccounts.Password);
        Assert.Contains("error=locked", right.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/figures")).StatusCode);
        var listed = await _factory.Services.GetRequiredService<UserAccountService>().ListAsync();
        Assert.True(listed.Single(u => u.Email == "target@tests.example").Locked);
    }

    [Fact]
    public async Task SignInCookie_IsHttpOnly_SameSite_AndSecureOverHttps()
    {
        using var https = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });
        https.DefaultRequestHeaders.Authorization = null;
        var response = await TestAccounts.PostSignInAsync(https, "analyst@tests.example", TestAccounts.Password);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".CasualtyDashboard.Session=", StringComparison.Ordinal)).ToLowerInvariant();
        Assert.Contains("httponly", cookie);
        Assert.Contains("samesite=lax", cookie);
        Assert.Contains("secure", cookie);
    }

    [Fact]
    public async Task SignIn_WithoutTheAntiforgeryToken_IsRefused()
    {
        using var client = _factory.AnonymousClient();
        var response = await client.PostAsync("/account/session", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["email"] = "analyst@tests.example", ["password"] = TestAccounts.Password,
        }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies.Where(c => c.Contains("Session", StringComparison.Ordinal)) : []);
    }

    [Fact]
    public async Task RateLimits_RefuseSignInFloods_AndApiFloods_With429()
    {
        await using var limited = new DashboardAppFactory();
        var app = limited.WithWebHostBuilder(b => b.UseSetting("Accounts:SignInPerMinute", "3").UseSetting("Accounts:ApiPerMinute", "5"));
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = null;
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++) statuses.Add((await TestAccounts.PostSignInAsync(client, "nobody@tests.example", "wrong-password")).StatusCode);
        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.TooManyRequests], statuses);

        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestKeys.All);
        var api = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++) api.Add((await client.GetAsync("/api/series")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, api[0]);
        Assert.Equal(HttpStatusCode.TooManyRequests, api[^1]);
    }

    [Fact]
    public async Task AnonymousRead_OpensPagesAndReads_ButNoWrite()
    {
        var open = _factory.WithWebHostBuilder(b => b.UseSetting("Accounts:AnonymousRead", "true"));
        using var anonymous = open.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        anonymous.DefaultRequestHeaders.Authorization = null;
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/api/series")).StatusCode);
        var post = await anonymous.PostAsync("/api/articles", new StringContent("[]", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Unauthorized, post.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync("/account/users")).StatusCode);
    }

    /// <summary>The service a button calls refuses a user without the role, whatever the page shows (here: the request's user).</summary>
    [Fact]
    public async Task Services_RefuseAViewer_AndAnAnonymousVisitor()
    {
        var accessor = _factory.Services.GetRequiredService<IHttpContextAccessor>();
        var decisions = _factory.Services.GetRequiredService<AnalystDecisionService>();
        var keys = _factory.Services.GetRequiredService<ApiKeyService>();
        var viewer = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "v@tests.example"), new Claim(ClaimTypes.Role, Roles.Viewer)], "test"));
        foreach (var user in new[] { viewer, new ClaimsPrincipal(new ClaimsIdentity()) })
        {
            accessor.HttpContext = new DefaultHttpContext { User = user };
            await Assert.ThrowsAsync<PermissionDeniedException>(() => decisions.DismissAsync("any", "a note", CancellationToken.None));
            await Assert.ThrowsAsync<PermissionDeniedException>(() => keys.CreateAsync("sneaky", [ApiKeyScopes.Read]));
        }
        accessor.HttpContext = null;
    }
}
