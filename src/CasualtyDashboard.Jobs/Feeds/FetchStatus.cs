namespace CasualtyDashboard.Jobs.Feeds;

public enum FetchStatus
{
    Ok,
    /// <summary>HTTP 304: the document has not changed since the validators sent.</summary>
    NotModified,
    Failed,
}
