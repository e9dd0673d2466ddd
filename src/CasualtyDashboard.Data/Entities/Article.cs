namespace CasualtyDashboard.Data.Entities;

/// <summary>One article as ingested: the text exactly as received, and its processing state.</summary>
public sealed class Article : IKeyHashed
{
    public long Id { get; set; }

    /// <summary>The id the source gave it (the articles shape's <c>id</c>), or null.</summary>
    public string? ExternalId { get; set; }

    public long? OutletId { get; set; }
    public Outlet? Outlet { get; set; }

    public string? Title { get; set; }
    public string? Url { get => _url; set { _url = value; UrlHash = KeyHash.Of(value); } }
    private string? _url;

    /// <summary><see cref="KeyHash"/> of <see cref="Url"/>, set with it: the indexed column (a URL is too long for an index).</summary>
    public string? UrlHash { get; private set; }
    public required string Text { get; set; }

    /// <summary>Publication date, or null when unknown.</summary>
    public DateOnly? Published { get; set; }

    /// <summary>SHA-256 of the normalised text, hex: the same text is never stored twice.</summary>
    public required string ContentHash { get; set; }

    /// <summary>How the article arrived (api, upload, feed, folder, cli, demo).</summary>
    public string Channel { get; set; } = "api";

    public ArticleState State { get; set; } = ArticleState.Pending;
    public int Attempts { get; set; }
    public string? LastError { get; set; }

    /// <summary>UTC; a pending article is not taken before this time (retry backoff).</summary>
    public DateTime? NextAttemptAt { get; set; }

    /// <summary>Version of the extractor whose figures are stored, or null before the first extraction.</summary>
    public string? ExtractorVersion { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime? ExtractedAt { get; set; }

    /// <summary>
    /// The extraction batch that holds the article (null when none) and until when (UTC). A batch takes its articles
    /// with one atomic UPDATE (<see cref="ArticleClaims"/>), so two processes or instances never extract the same one;
    /// a holder that died lets go when the time passes. A concurrency token: a batch whose claim was taken over stores nothing.
    /// </summary>
    public Guid? ClaimToken { get; set; }
    public DateTime? ClaimedUntil { get; set; }

    public List<Figure> Figures { get; set; } = [];

    void IKeyHashed.RefreshKeyHash() => UrlHash = KeyHash.Of(Url);
}
