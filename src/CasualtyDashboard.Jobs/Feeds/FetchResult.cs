using CasualtyDashboard.Reconciliation.Messages;

namespace CasualtyDashboard.Jobs.Feeds;

/// <summary>
/// What one GET gave: the body (within the size cap) with its content type, charset and validators, or why it failed and
/// whether that may pass (<paramref name="Transient"/>: timeout, network, 5xx, 429).
/// </summary>
public sealed record FetchResult(FetchStatus Status, byte[] Body, string? MediaType, string? Charset, string? ETag, string? LastModified,
    Message? Error, bool Transient)
{
    public static FetchResult Fail(Message error, bool transient) => new(FetchStatus.Failed, [], null, null, null, null, error, transient);
}
