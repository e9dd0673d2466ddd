namespace CasualtyDashboard.Data.Queries;

/// <summary>The Articles list's search: words in the title or text, the outlet's name, a publication date range.</summary>
public sealed record ArticleFilter(string? Text = null, string? Outlet = null, DateOnly? From = null, DateOnly? To = null);
