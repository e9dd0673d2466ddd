namespace CasualtyDashboard.Data.Entities;

/// <summary>A publisher of articles (a news site, an agency, a feed).</summary>
public sealed class Outlet
{
    public long Id { get; set; }

    /// <summary>Display name, unique (case as first seen).</summary>
    public required string Name { get; set; }

    public string? Url { get; set; }

    public List<Article> Articles { get; set; } = [];
}
