namespace CasualtyDashboard.Jobs.Feeds;

/// <summary>The outcome of a change asked on the Feeds page: done or refused, with the sentence to show.</summary>
public sealed record FeedCommandResult(bool Succeeded, string Message, long? FeedId = null)
{
    public static FeedCommandResult Done(string message, long? feedId = null) => new(true, message, feedId);
    public static FeedCommandResult Refused(string message) => new(false, message);
}
