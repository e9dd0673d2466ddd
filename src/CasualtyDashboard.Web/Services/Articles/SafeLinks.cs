namespace CasualtyDashboard.Web.Services.Articles;

/// <summary>
/// Which stored addresses may become links. An article's or a claim's URL comes from whoever posted it; only an absolute
/// <c>http</c> or <c>https</c> address is rendered as <c>&lt;a href&gt;</c>, anything else (<c>javascript:</c>,
/// <c>data:</c>, <c>vbscript:</c>, relative or malformed) is shown as text.
/// </summary>
public static class SafeLinks
{
    /// <summary>True for an absolute http(s) address with a host (leading and trailing spaces ignored, as browsers do).</summary>
    public static bool IsHttpLink(string? url) =>
        !string.IsNullOrWhiteSpace(url) && Jobs.Ingestion.ArticleIngestor.IsHttpAddress(url);

    /// <summary>The address to put in <c>href</c>, or null when it must stay text.</summary>
    public static string? Href(string? url) => IsHttpLink(url) ? url!.Trim() : null;
}
