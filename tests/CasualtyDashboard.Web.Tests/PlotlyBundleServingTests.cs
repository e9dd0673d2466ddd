using System.Net;
using CasualtyDashboard.Web.Components.Charts;
using CasualtyDashboard.Web.Endpoints;
using Microsoft.AspNetCore.Http;

namespace CasualtyDashboard.Web.Tests;

/// <summary>
/// Decision 062: plotly's bundle, at the URL Plotly.Blazor loads it from, is the package's file with V8's compile hint
/// first, kept by browsers for a year (its URL names plotly's version), and answered conditionally.
/// </summary>
public sealed class PlotlyBundleServingTests
{
    private static readonly string PackageFile = Path.Combine(
        Environment.GetEnvironmentVariable("NUGET_PACKAGES") ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages"),
        "plotly.blazor", "7.2.0", "staticwebassets", Path.GetFileName(PlotlyAssets.BasicBundle));

    [Fact]
    public async Task Bundle_AtThePackagesUrl_IsThePackagesPlotlyWithTheCompileHint_CachedForAYear_AndRevalidated()
    {
        await using var factory = new DashboardAppFactory();
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.AcceptEncoding.Clear(); // the plain bytes, to compare

        using var response = await client.GetAsync(PlotlyAssets.BasicBundle.TrimStart('.', '/'));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var served = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("//# allFunctionsCalledOnLoad\n", served, StringComparison.Ordinal);
        Assert.Equal(await File.ReadAllTextAsync(PackageFile), served["//# allFunctionsCalledOnLoad\n".Length..]);
        AssertLongLived(response);
        Assert.Contains("javascript", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);

        // A browser that has it asks with its ETag and gets 304, still long-lived.
        using var again = new HttpRequestMessage(HttpMethod.Get, PlotlyAssets.BasicBundle.TrimStart('.', '/'));
        again.Headers.IfNoneMatch.Add(response.Headers.ETag!);
        using var notModified = await client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        AssertLongLived(notModified);

        // Other static files keep their own headers.
        using var locale = await client.GetAsync("lib/plotly/plotly-locale-ar.js");
        Assert.NotEqual(TimeSpan.FromDays(365), locale.Headers.CacheControl?.MaxAge);
    }

    private static void AssertLongLived(HttpResponseMessage response)
    {
        var cache = response.Headers.CacheControl;
        Assert.NotNull(cache);
        Assert.True(cache.Public);
        Assert.Equal(TimeSpan.FromDays(365), cache.MaxAge);
        Assert.Contains(cache.Extensions, e => e.Name == "immutable");
        Assert.False(cache.NoCache);
    }

    [Theory]
    [InlineData("GET", "/_content/Plotly.Blazor/plotly-basic-3.7.0.min.js", true)]
    [InlineData("HEAD", "/_content/Plotly.Blazor/plotly-basic-3.7.0.min.js", true)]
    [InlineData("POST", "/_content/Plotly.Blazor/plotly-basic-3.7.0.min.js", false)]
    [InlineData("GET", "/_content/Plotly.Blazor/plotly-3.7.0.min.js", false)]
    [InlineData("GET", "/_content/Plotly.Blazor/plotly-interop-7.2.0.js", false)]
    public void Rewrite_TakesOnlyTheBasicBundlesReads(string method, string path, bool rewritten)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = method;
        context.Request.Path = path;

        Assert.Equal(rewritten, PlotlyBundleServing.Rewrite(context));
        Assert.Equal(rewritten ? "/lib/plotly/plotly-basic-3.7.0.min.js" : path, context.Request.Path.Value);
    }
}
