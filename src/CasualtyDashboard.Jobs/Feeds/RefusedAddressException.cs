using CasualtyDashboard.Reconciliation.Messages;

namespace CasualtyDashboard.Jobs.Feeds;

/// <summary>A feed or page host that resolves to an internal address (<see cref="InternalAddresses"/>) and is not allowed by name.</summary>
public sealed class RefusedAddressException(Message reason) : IOException(MessageEnglish.Text(reason))
{
    public Message Reason { get; } = reason;
}
