namespace CasualtyDashboard.Data.Queries;

public sealed record ArticlePage(IReadOnlyList<ArticleListItem> Rows, int Total);
