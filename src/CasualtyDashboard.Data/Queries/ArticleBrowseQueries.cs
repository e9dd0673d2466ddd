using Microsoft.EntityFrameworkCore;

namespace CasualtyDashboard.Data.Queries;

/// <summary>The Articles page: search (server-side paged) and one article with its figures.</summary>
public sealed class ArticleBrowseQueries(IDbContextFactory<DashboardDbContext> factory)
{
    /// <summary>Matching articles, newest publication first (undated last), paged.</summary>
    public async Task<ArticlePage> SearchAsync(ArticleFilter filter, int skip, int take, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var q = db.Articles.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Text))
        {
            var text = filter.Text.Trim();
            q = q.Where(a => a.Text.Contains(text) || (a.Title != null && a.Title.Contains(text)));
        }
        if (!string.IsNullOrWhiteSpace(filter.Outlet)) q = q.Where(a => a.Outlet!.Name == filter.Outlet);
        if (filter.From is { } from) q = q.Where(a => a.Published >= from);
        if (filter.To is { } to) q = q.Where(a => a.Published <= to);
        var total = await q.CountAsync(ct);
        var rows = await q.OrderByDescending(a => a.Published).ThenByDescending(a => a.Id)
            .Skip(Math.Max(0, skip)).Take(Math.Clamp(take, 1, 500))
            .Select(a => new ArticleListItem(a.Id, a.Title, a.Outlet != null ? a.Outlet.Name : null, a.Published, a.State, a.Figures.Count, a.LastError))
            .ToListAsync(ct);
        return new ArticlePage(rows, total);
    }

    public async Task<ArticleDetail?> GetAsync(long id, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var article = await db.Articles.AsNoTracking().Where(a => a.Id == id)
            .Select(a => new { a.Id, a.Title, a.Url, Outlet = a.Outlet != null ? a.Outlet.Name : null, a.Published, a.Text, a.State, a.ExtractorVersion, a.LastError })
            .FirstOrDefaultAsync(ct);
        if (article is null) return null;
        var figureIds = await db.Figures.AsNoTracking().Where(f => f.ArticleId == id)
            .OrderBy(f => f.EvidenceStart).ThenBy(f => f.Id).Select(f => f.Id).ToListAsync(ct);
        var figures = await FigureRowReader.ReadAsync(db, figureIds, ct);
        return new ArticleDetail(article.Id, article.Title, article.Url, article.Outlet, article.Published, article.Text, article.State,
            article.ExtractorVersion, article.LastError, figures);
    }
}
