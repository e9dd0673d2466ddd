using CasualtyDashboard.Extraction.Model;

namespace CasualtyDashboard.Extraction.Schema;

/// <summary>One line of an articles file: the extractor's input plus the fields it does not read.</summary>
public sealed record ArticleLine(ArticleInput Article, string? Url, string? Origin, string? Language)
{
    public string Id => Article.Id ?? "";
}
