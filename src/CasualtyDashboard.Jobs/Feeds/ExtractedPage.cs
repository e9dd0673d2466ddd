namespace CasualtyDashboard.Jobs.Feeds;

/// <summary>An article page read by <see cref="ArticleTextExtractor"/>: its main text (plain, paragraphs split by blank lines), title and date.</summary>
public sealed record ExtractedPage(string Text, string? Title, DateOnly? Published);
