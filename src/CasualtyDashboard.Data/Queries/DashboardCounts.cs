namespace CasualtyDashboard.Data.Queries;

/// <summary>Headline counts for the dashboard and the health endpoint.</summary>
public sealed record DashboardCounts(int Articles, int PendingArticles, int FailedArticles, int Figures);
