using Microsoft.Net.Http.Headers;

namespace CasualtyDashboard.Web.Security;

/// <summary>
/// Refuses requests another site's page could make in the visitor's name. A browser sends a cross-site POST without asking
/// first (no CORS preflight) only with a form's content types (<c>text/plain</c>, <c>application/x-www-form-urlencoded</c>,
/// <c>multipart/form-data</c>) or with none at all; every write endpoint under <c>/api</c> reads only JSON (or CSV for
/// reference files), so such a request is answered 415 before it reaches the endpoint. A write that names another site
/// in <c>Origin</c> gets 403; so does the Blazor hub (<c>/_blazor</c>, its WebSocket included) opened from another origin.
/// </summary>
public static class CrossSiteGuard
{
    /// <summary>The media types a write to <c>/api</c> may carry (each endpoint checks its own too).</summary>
    public static IReadOnlyList<string> WriteMediaTypes { get; } =
    [
        "application/json", "text/json", "application/x-ndjson", "application/ndjson", "application/jsonl", "application/x-jsonl",
        "application/jsonlines", "application/x-jsonlines", "application/json-lines", "text/csv", "application/csv",
    ];

    public const string HubPath = "/_blazor";

    public static IApplicationBuilder UseCrossSiteGuard(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var request = context.Request;
        if (request.Path.StartsWithSegments(HubPath) && !IsSameOrigin(request))
        {
            await RefuseAsync(context, StatusCodes.Status403Forbidden, "The dashboard's live connection is open to its own pages only (the Origin header names another site).");
            return;
        }
        if (request.Path.StartsWithSegments("/api") && IsWrite(request.Method))
        {
            if (!IsSameOrigin(request))
            {
                await RefuseAsync(context, StatusCodes.Status403Forbidden, "Writes from another site's page are refused (the Origin header names another site).");
                return;
            }
            if (RefusedType(request.ContentType) is { } reason)
            {
                await RefuseAsync(context, StatusCodes.Status415UnsupportedMediaType, reason);
                return;
            }
        }
        await next(context);
    });

    /// <summary>Null when a write may carry this content type; else why not.</summary>
    public static string? RefusedType(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType))
            return "Send a Content-Type: application/json (or application/x-ndjson for JSON Lines, text/csv for reference files).";
        if (!MediaTypeHeaderValue.TryParse(contentType, out var type) || type.MediaType.Value is not { } media)
            return $"The content type \"{contentType}\" cannot be read.";
        media = media.ToLowerInvariant();
        return WriteMediaTypes.Contains(media) || media.EndsWith("+json", StringComparison.Ordinal)
            ? null
            : $"The content type \"{media}\" is not read by a write: send application/json (or application/x-ndjson for JSON Lines, text/csv for reference files).";
    }

    /// <summary>
    /// True without an Origin header (scripts, curl; browsers always send one cross-site), when it names this host and
    /// port, or when its host is one of the names <c>AllowedHosts</c> sets (behind a proxy that passes another Host on).
    /// </summary>
    public static bool IsSameOrigin(HttpRequest request)
    {
        var origin = request.Headers.Origin.ToString();
        if (string.IsNullOrEmpty(origin)) return true;
        if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)) return false;
        if (string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase)) return true;
        var configured = request.HttpContext.RequestServices.GetRequiredService<IConfiguration>()["AllowedHosts"];
        if (string.IsNullOrWhiteSpace(configured)) return false;
        var names = configured.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(n => n != "*").Select(n => new Microsoft.Extensions.Primitives.StringSegment(n)).ToList();
        return names.Count > 0 && HostString.MatchesAny(new Microsoft.Extensions.Primitives.StringSegment(uri.Host), names);
    }

    private static bool IsWrite(string method) => !(HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method));

    private static Task RefuseAsync(HttpContext context, int status, string error)
    {
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(new { error });
    }
}
