using Microsoft.EntityFrameworkCore;

namespace CasualtyDashboard.Data.Queries;

public sealed class ArticleQueries(IDbContextFactory<DashboardDbContext> factory)
{
    /// <summary>The latest articles, newest first.</summary>
    public async Task<IReadOnlyList<ArticleListItem>> LatestAsync(int take, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.Articles.AsNoTracking().OrderByDescending(a => a.Id).Take(take)
            .Select(a => new ArticleListItem(a.Id, a.Title, a.Outlet != null ? a.Outlet.Name : null, a.Published, a.State, a.Figures.Count, a.LastError))
            .ToListAsync(ct);
    }
}
