using CasualtyDashboard.Reconciliation.Messages;

namespace CasualtyDashboard.Jobs.Ingestion;

/// <summary>An article's field is wrong; <see cref="Reason"/> says which and why (its message is the English wording).</summary>
public sealed class ArticleFormatException(Message reason) : FormatException(MessageEnglish.Text(reason))
{
    public Message Reason { get; } = reason;
}
