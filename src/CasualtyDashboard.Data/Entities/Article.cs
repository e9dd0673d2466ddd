namespace CasualtyDashboard.Data.Entities;

/// <summary>One article as ingested: the text exactly as received, and its processing state.</summary>
public sealed class Article
{
    public long Id { get; set; }

    /// <summary>The id the source gave it (the articles shape's <c>id</c>), or null.</summary>
    public string? ExternalId { get; set; }

    public long? OutletId { get; set; }
    public Outlet? Outlet { get; set; }

    public string? Title { get; set; }
    public string? Url { get; set; }
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

    public List<Figure> Figures { get; set; } = [];
}
