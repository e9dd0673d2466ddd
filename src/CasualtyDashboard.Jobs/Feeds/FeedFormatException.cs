using CasualtyDashboard.Reconciliation.Messages;

namespace CasualtyDashboard.Jobs.Feeds;

/// <summary>
/// The document is not a readable RSS 2.0 or Atom feed; <see cref="Reason"/> says what is wrong, for the Feeds page (the
/// exception's message is its English wording).
/// </summary>
public sealed class FeedFormatException(Message reason, Exception? inner = null) : Exception(MessageEnglish.Text(reason), inner)
{
    public Message Reason { get; } = reason;
}
