namespace CasualtyDashboard.Data.Entities;

/// <summary>
/// An RSS 2.0 or Atom news feed that is polled on its own interval: where it is, which outlet its articles belong to,
/// the HTTP validators of its last good response (conditional GET), and how its last polls went.
/// </summary>
public sealed class Feed : IKeyHashed
{
    public long Id { get; set; }

    /// <summary>Absolute http or https address of the feed; unique.</summary>
    public required string Url { get => _url; set { _url = value; UrlHash = KeyHash.Of(value); } }
    private string _url = "";

    /// <summary><see cref="KeyHash"/> of <see cref="Url"/>, set with it: the unique column.</summary>
    public string? UrlHash { get; private set; }

    /// <summary>The outlet stored with every article taken from this feed.</summary>
    public required string OutletName { get; set; }

    public int PollIntervalMinutes { get; set; }
    public bool Enabled { get; set; } = true;

    /// <summary>Where the feed was configured: <c>settings</c> (<c>Feeds:Sources</c>) or <c>ui</c> (the Feeds page).</summary>
    public FeedSource Source { get; set; }

    /// <summary>The <c>ETag</c> of the last feed document parsed successfully, sent back as <c>If-None-Match</c>.</summary>
    public string? ETag { get; set; }

    /// <summary>The <c>Last-Modified</c> header of that document, verbatim, sent back as <c>If-Modified-Since</c>.</summary>
    public string? LastModified { get; set; }

    /// <summary>UTC: when the last poll ended, whatever its outcome.</summary>
    public DateTime? LastPolledAt { get; set; }

    /// <summary>UTC: when a poll last read the feed (or was told it had not changed).</summary>
    public DateTime? LastSuccessAt { get; set; }

    /// <summary>Why the last poll failed; null after a successful poll.</summary>
    public string? LastError { get; set; }

    /// <summary>What the last poll did, in a sentence (new items, failures, items left for the next poll).</summary>
    public string? LastOutcome { get; set; }

    /// <summary>UTC: the feed is polled at the first job run at or after this time; null means at the next run.</summary>
    public DateTime? NextPollAt { get; set; }

    /// <summary>How many of the feed's items became new articles, over its lifetime.</summary>
    public int ItemsTaken { get; set; }

    public DateTime CreatedAt { get; set; }

    public List<FeedItem> Items { get; set; } = [];

    void IKeyHashed.RefreshKeyHash() => UrlHash = KeyHash.Of(Url);
}
