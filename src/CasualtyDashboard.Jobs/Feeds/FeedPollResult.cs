using CasualtyDashboard.Reconciliation.Messages;

namespace CasualtyDashboard.Jobs.Feeds;

/// <summary>
/// What one poll of one feed did: whether the feed was read (or unchanged, HTTP 304), the new items it took and what
/// became of them, the items left for the next poll, and the pages <see cref="Deferred"/> because the poll's time
/// budget ran out (not counted as fetched). <see cref="Error"/> is the feed's own failure, if any.
/// </summary>
public sealed record FeedPollResult(long FeedId, bool Succeeded, bool NotModified, int Stored, int Duplicates, int Failed, int Retrying,
    int Left, int Skipped, Message? Error, int Deferred = 0)
{
    public int Fetched => Stored + Duplicates + Failed + Retrying;

    /// <summary>The feed's last outcome, as the Feeds page shows it.</summary>
    public Message Describe()
    {
        if (!Succeeded) return Failure(Error ?? Message.Verbatim(""));
        if (NotModified && Fetched == 0 && Deferred == 0) return Message.Of(FeedMessages.NotModified, MessageArg.Text("HTTP 304"));
        List<Message> parts = [Fetched == 0
            ? Message.Of(FeedMessages.NoNewItems)
            : Message.Of(FeedMessages.Fetched, MessageArg.Number(Fetched), MessageArg.Number(Stored), MessageArg.Number(Duplicates), MessageArg.Number(Failed))];
        if (Retrying > 0) parts.Add(Message.Of(FeedMessages.Retrying, MessageArg.Number(Retrying)));
        if (Left > 0) parts.Add(Message.Of(FeedMessages.Left, MessageArg.Number(Left)));
        if (Deferred > 0) parts.Add(Message.Of(FeedMessages.Deferred, MessageArg.Number(Deferred), MessageArg.Text("Feeds:PollBudgetSeconds")));
        if (Skipped > 0) parts.Add(Message.Of(FeedMessages.Skipped, MessageArg.Number(Skipped), MessageArg.Text("http(s)")));
        return Message.Of(FeedMessages.Outcome, MessageArg.List(parts));
    }

    /// <summary>The outcome of a poll that failed.</summary>
    public static Message Failure(Message error) => Message.Of(FeedMessages.Failed, MessageArg.Of(error));
}
