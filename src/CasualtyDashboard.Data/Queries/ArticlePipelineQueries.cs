using CasualtyDashboard.Data.Entities;
using CasualtyDashboard.Extraction.Model;
using Microsoft.EntityFrameworkCore;

namespace CasualtyDashboard.Data.Queries;

/// <summary>Where articles are in the pipeline: one article with its figures, and the failed ones.</summary>
public sealed class ArticlePipelineQueries(IDbContextFactory<DashboardDbContext> factory)
{
    /// <summary>The article's state and figures (in evidence order), or null when no article has this id.</summary>
    public async Task<ArticleStatus?> StatusAsync(long id, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var article = await db.Articles.AsNoTracking().Where(a => a.Id == id)
            .Select(a => new
            {
                a.Id, a.ExternalId, a.Channel, Outlet = a.Outlet != null ? a.Outlet.Name : null, a.Published, a.Url, a.Title,
                a.State, a.Attempts, a.LastError, a.NextAttemptAt, a.ExtractorVersion, a.CreatedAt, a.ExtractedAt,
            })
            .SingleOrDefaultAsync(ct);
        if (article is null) return null;
        var figures = await db.Figures.AsNoTracking().Where(f => f.ArticleId == id)
            .OrderBy(f => f.EvidenceStart).ThenBy(f => f.Id)
            .Select(f => new StoredFigure(f.Id, new CasualtyFigure
            {
                Value = f.Value,
                Qualifier = f.Qualifier,
                Category = f.Category,
                Subgroup = f.Subgroup,
                Region = f.Region,
                Area = f.Area,
                Authority = f.Authority,
                ReportedOn = f.ReportedOn,
                Basis = f.Basis,
                Since = f.Since,
                Evidence = f.Evidence,
                EvidenceStart = f.EvidenceStart,
                EvidenceLength = f.EvidenceLength,
                Rule = f.Rule,
            }))
            .ToListAsync(ct);
        return new ArticleStatus(article.Id, article.ExternalId, article.Channel, article.Outlet, article.Published, article.Url, article.Title,
            article.State, article.Attempts, article.LastError, article.NextAttemptAt, article.ExtractorVersion, article.CreatedAt, article.ExtractedAt, figures);
    }

    /// <summary>The latest failed articles, newest first.</summary>
    public async Task<IReadOnlyList<FailedArticle>> FailedAsync(int take, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.Articles.AsNoTracking().Where(a => a.State == ArticleState.Failed).OrderByDescending(a => a.Id).Take(take)
            .Select(a => new FailedArticle(a.Id, a.Title, a.Attempts, a.LastError, a.CreatedAt)).ToListAsync(ct);
    }
}
