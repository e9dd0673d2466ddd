using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace CasualtyDashboard.Web.Endpoints;

public static class LocalizationEndpoints
{
    /// <summary>The interface languages; the first is the default.</summary>
    public static IReadOnlyList<string> Cultures { get; } = ["en", "ar"];

    /// <summary>
    /// Request localisation (the culture cookie first, then the browser's languages) and
    /// <c>GET /culture/set?culture=ar&amp;redirectUri=/figures</c>, which stores the choice in the cookie for a year and
    /// returns to <c>redirectUri</c>, else to the page that sent the request (same site only), else to the dashboard.
    /// The circuit takes its culture from the page request, so the switch reloads the page.
    /// </summary>
    public static WebApplication UseDashboardLocalization(this WebApplication app)
    {
        var cultures = Cultures.Select(c => new CultureInfo(c)).ToList();
        app.UseRequestLocalization(new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(Cultures[0]),
            SupportedCultures = cultures,
            SupportedUICultures = cultures,
            FallBackToParentCultures = true,
            FallBackToParentUICultures = true,
        });
        app.MapGet("/culture/set", (string? culture, string? redirectUri, HttpContext context) =>
        {
            var chosen = Cultures.FirstOrDefault(c => string.Equals(c, culture, StringComparison.OrdinalIgnoreCase)) ?? Cultures[0];
            context.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
            return Results.LocalRedirect(IsLocal(redirectUri) ? redirectUri! : FromReferer(context.Request) ?? "/");
        }).AllowAnonymous();
        return app;
    }

    private static string? FromReferer(HttpRequest request) =>
        Uri.TryCreate(request.Headers.Referer.ToString(), UriKind.Absolute, out var referer)
        && string.Equals(referer.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase)
        && IsLocal(referer.PathAndQuery) ? referer.PathAndQuery : null;

    private static bool IsLocal(string? uri) =>
        !string.IsNullOrEmpty(uri) && uri[0] == '/' && (uri.Length == 1 || (uri[1] != '/' && uri[1] != '\\'));

    /// <summary>True when the interface language of this request or circuit is Arabic (right-to-left layout).</summary>
    public static bool IsRightToLeft => CultureInfo.CurrentUICulture.TextInfo.IsRightToLeft;
}
