namespace CasualtyDashboard.Data.Entities;

/// <summary>What became of a feed item's page.</summary>
public enum FeedItemState
{
    /// <summary>Stored as a new article.</summary>
    Stored,
    /// <summary>Its text or URL was stored already (another feed, another channel); linked to that article.</summary>
    Duplicate,
    /// <summary>Failed for a reason that may pass (timeout, server error, network); fetched again at a later poll.</summary>
    Retrying,
    /// <summary>Will not be fetched again (404, too large, not HTML, no text, or out of attempts); the error says why.</summary>
    Failed,
}
