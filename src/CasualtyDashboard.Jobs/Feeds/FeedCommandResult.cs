using CasualtyDashboard.Reconciliation.Messages;

namespace CasualtyDashboard.Jobs.Feeds;

/// <summary>The outcome of a change asked on the Feeds page: done or refused, with what to say (a <see cref="FeedMessages"/> code).</summary>
public sealed record FeedCommandResult(bool Succeeded, Message Message, long? FeedId = null)
{
    public static FeedCommandResult Done(Message message, long? feedId = null) => new(true, message, feedId);
    public static FeedCommandResult Refused(Message message) => new(false, message);
}
