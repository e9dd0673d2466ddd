namespace CasualtyDashboard.Jobs.Feeds;

/// <summary>The one check of a feed address, for settings and the Feeds page alike.</summary>
public static class FeedUrls
{
    /// <summary>Null when <paramref name="value"/> is an absolute http or https address without credentials; else why not.</summary>
    public static string? Validate(string? value, out Uri? uri)
    {
        uri = null;
        if (string.IsNullOrWhiteSpace(value)) return "Give the feed's address.";
        if (value.Trim().Length > 2000) return "The address is longer than 2000 characters.";
        if (!Uri.TryCreate(value.Trim(), UriKind.Absolute, out var parsed)) return "This is not an absolute address (it should start with https:// or http://).";
        if (parsed.Scheme != Uri.UriSchemeHttp && parsed.Scheme != Uri.UriSchemeHttps) return $"Only http and https feeds are read, not {parsed.Scheme}.";
        if (string.IsNullOrEmpty(parsed.Host)) return "The address has no host.";
        if (!string.IsNullOrEmpty(parsed.UserInfo)) return "The address holds a user name or password; feeds with credentials are not supported.";
        uri = parsed;
        return null;
    }
}
