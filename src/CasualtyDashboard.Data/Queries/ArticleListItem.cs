using CasualtyDashboard.Data.Entities;

namespace CasualtyDashboard.Data.Queries;

public sealed record ArticleListItem(long Id, string? Title, string? Outlet, DateOnly? Published, ArticleState State, int Figures, string? LastError);
