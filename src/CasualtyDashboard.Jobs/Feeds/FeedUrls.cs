using CasualtyDashboard.Reconciliation.Messages;

namespace CasualtyDashboard.Jobs.Feeds;

/// <summary>The one check of a feed address, for settings and the Feeds page alike.</summary>
public static class FeedUrls
{
    /// <summary>Null when <paramref name="value"/> is an absolute http or https address without credentials; else why not.</summary>
    public static Message? Validate(string? value, out Uri? uri)
    {
        uri = null;
        if (string.IsNullOrWhiteSpace(value)) return Message.Of(FeedMessages.AddressMissing);
        if (value.Trim().Length > 2000) return Message.Of(FeedMessages.AddressTooLong, MessageArg.Number(2000));
        if (!Uri.TryCreate(value.Trim(), UriKind.Absolute, out var parsed)) return Message.Of(FeedMessages.NotAbsolute, MessageArg.Text("https://, http://"));
        if (parsed.Scheme != Uri.UriSchemeHttp && parsed.Scheme != Uri.UriSchemeHttps) return Message.Of(FeedMessages.Scheme, MessageArg.Text("http"), MessageArg.Text("https"), MessageArg.Text(parsed.Scheme));
        if (string.IsNullOrEmpty(parsed.Host)) return Message.Of(FeedMessages.NoHost);
        if (!string.IsNullOrEmpty(parsed.UserInfo)) return Message.Of(FeedMessages.Credentials);
        uri = parsed;
        return null;
    }
}
