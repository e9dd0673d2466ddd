namespace CasualtyDashboard.Jobs.Feeds;

/// <summary>A feed or page host that resolves to an internal address (<see cref="InternalAddresses"/>) and is not allowed by name.</summary>
public sealed class RefusedAddressException(string message) : IOException(message);
