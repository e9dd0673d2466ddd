using CasualtyDashboard.Web.Components.Charts;
using Microsoft.Net.Http.Headers;

namespace CasualtyDashboard.Web.Endpoints;

/// <summary>
/// Serves plotly's basic bundle at the URL Plotly.Blazor loads it from (<see cref="PlotlyAssets.BasicBundle"/>), but from the
/// app's build copy that starts with V8's compile hint (wwwroot-assets/plotly-compile-hint.js), and lets browsers keep it for a
/// year: the URL names plotly's version, so a new plotly comes under a new URL (decision 062). A second visit then neither
/// downloads nor revalidates it, and Chromium can use the code it cached for it. The request is rewritten before routing, so
/// the static-asset endpoint of the copy answers it (its ETag, its compressed forms).
/// </summary>
public static class PlotlyBundleServing
{
    /// <summary>The package's URL path of the bundle, as the browser asks for it.</summary>
    public static readonly PathString PackagePath = new("/" + PlotlyAssets.BasicBundle.TrimStart('.', '/'));

    /// <summary>The app's copy with the compile hint (written by the Web build into wwwroot/lib/plotly/).</summary>
    public static readonly PathString HintedCopyPath = new("/lib/plotly/" + Path.GetFileName(PlotlyAssets.BasicBundle));

    /// <summary>A year, and no revalidation on reload: the bundle's content changes only with its URL.</summary>
    public const string CacheControl = "public, max-age=31536000, immutable";

    /// <summary>Rewrites the bundle's request to the copy; call before routing.</summary>
    public static IApplicationBuilder UsePlotlyBundle(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            if (Rewrite(context)) context.Response.OnStarting(() => LongLived(context.Response));
            return next(context);
        });

    /// <summary>Whether the request was the bundle's (its path is now the copy's).</summary>
    public static bool Rewrite(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method)) return false;
        if (!context.Request.Path.Equals(PackagePath, StringComparison.OrdinalIgnoreCase)) return false;
        context.Request.Path = HintedCopyPath;
        return true;
    }

    private static Task LongLived(HttpResponse response)
    {
        if (response.StatusCode is StatusCodes.Status200OK or StatusCodes.Status304NotModified)
            response.Headers[HeaderNames.CacheControl] = CacheControl;
        return Task.CompletedTask;
    }
}
