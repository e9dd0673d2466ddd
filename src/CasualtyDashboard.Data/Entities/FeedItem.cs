namespace CasualtyDashboard.Data.Entities;

/// <summary>
/// One item seen in a feed, keyed by its guid (or link when it has none): remembered so its page is never fetched
/// again once taken, and so a page that could not be taken shows why.
/// </summary>
public sealed class FeedItem : IKeyHashed
{
    public long Id { get; set; }

    public long FeedId { get; set; }
    public Feed? Feed { get; set; }

    /// <summary>The item's guid (RSS) or id (Atom), else its link.</summary>
    public required string ItemKey { get => _itemKey; set { _itemKey = value; ItemKeyHash = KeyHash.Of(value); } }
    private string _itemKey = "";

    /// <summary><see cref="KeyHash"/> of <see cref="ItemKey"/>, set with it: unique within the feed.</summary>
    public string? ItemKeyHash { get; private set; }

    /// <summary>The page the item links to.</summary>
    public string? Url { get; set; }

    public string? Title { get; set; }

    /// <summary>The item's date as the feed gives it (kept so a retry does not need the feed document again).</summary>
    public DateOnly? Published { get; set; }

    /// <summary>UTC: when a poll first saw the item.</summary>
    public DateTime FirstSeenAt { get; set; }

    /// <summary>UTC: when its page was last fetched.</summary>
    public DateTime? LastAttemptAt { get; set; }

    public int Attempts { get; set; }

    public FeedItemState State { get; set; }

    /// <summary>The article its page became (or the article that already held the same text or URL).</summary>
    public long? ArticleId { get; set; }
    public Article? Article { get; set; }

    /// <summary>Why its page could not be taken (HTTP status, size, timeout, no text).</summary>
    public string? Error { get; set; }

    void IKeyHashed.RefreshKeyHash() => ItemKeyHash = KeyHash.Of(ItemKey);
}
