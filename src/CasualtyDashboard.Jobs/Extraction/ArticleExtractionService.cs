using CasualtyDashboard.Data;
using CasualtyDashboard.Data.Entities;
using CasualtyDashboard.Extraction;
using CasualtyDashboard.Extraction.Model;
using CasualtyDashboard.Jobs.Options;
using CasualtyDashboard.Jobs.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CasualtyDashboard.Jobs.Extraction;

/// <summary>
/// Takes pending articles in batches, runs the extractor and stores the figures. Each batch is one transaction that
/// replaces the article's figures and marks it extracted together, so a process killed mid-batch leaves its articles
/// pending (redone at the next run) and never half-stored figures. A failing article is retried with backoff and,
/// after the configured attempts, marked failed with its error; it never blocks the others.
/// </summary>
public sealed class ArticleExtractionService(
    IDbContextFactory<DashboardDbContext> factory,
    ICasualtyExtractor extractor,
    IOptions<JobsOptions> options,
    DashboardUpdates updates,
    TimeProvider clock,
    ILogger<ArticleExtractionService> logger)
{
    /// <summary>Processes every article pending now; returns how many were extracted.</summary>
    public async Task<int> ProcessPendingAsync(JobRunProgress? progress, CancellationToken ct)
    {
        var settings = options.Value.Extract;
        var extracted = 0;
        long afterId = 0;
        if (progress is not null) progress.Total = await CountDueAsync(ct);
        while (!ct.IsCancellationRequested)
        {
            var (batchExtracted, batchFailed, lastId) = await ProcessBatchAsync(afterId, settings, ct);
            if (lastId is null) break;
            afterId = lastId.Value;
            extracted += batchExtracted;
            if (progress is not null) await progress.AdvanceAsync(batchExtracted, batchFailed, ct);
            if (batchExtracted > 0) await updates.NotifyAsync(new DashboardChange("figures", batchExtracted));
        }
        if (progress is not null) progress.Message = $"{extracted} articles extracted with extractor {extractor.Version}";
        return extracted;
    }

    private async Task<int> CountDueAsync(CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        return await db.Articles.CountAsync(a => a.State == ArticleState.Pending && (a.NextAttemptAt == null || a.NextAttemptAt <= now), ct);
    }

    private async Task<(int Extracted, int Failed, long? LastId)> ProcessBatchAsync(long afterId, ExtractJobOptions settings, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var batch = await db.Articles.Include(a => a.Outlet)
            .Where(a => a.Id > afterId && a.State == ArticleState.Pending && (a.NextAttemptAt == null || a.NextAttemptAt <= now))
            .OrderBy(a => a.Id).Take(settings.BatchSize).ToListAsync(ct);
        if (batch.Count == 0) return (0, 0, null);

        var ids = batch.Select(a => a.Id).ToList();
        var oldFigures = await db.Figures.Where(f => ids.Contains(f.ArticleId)).ToListAsync(ct);
        db.Figures.RemoveRange(oldFigures);

        int extracted = 0, failed = 0;
        foreach (var article in batch)
        {
            try
            {
                var figures = extractor.Extract(new ArticleInput(article.Text, article.Published, article.Outlet?.Name, article.ExternalId, article.Title));
                db.Figures.AddRange(figures.Select(f => ToEntity(article.Id, f, now)));
                article.State = ArticleState.Extracted;
                article.ExtractorVersion = extractor.Version;
                article.ExtractedAt = now;
                article.LastError = null;
                article.NextAttemptAt = null;
                extracted++;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                failed++;
                article.Attempts++;
                article.LastError = $"{ex.GetType().Name}: {ex.Message}";
                if (article.Attempts >= settings.MaxAttempts)
                {
                    article.State = ArticleState.Failed;
                    article.NextAttemptAt = null;
                }
                else
                {
                    article.NextAttemptAt = now.AddSeconds(settings.RetryBackoffSeconds * Math.Pow(2, article.Attempts - 1));
                }
                logger.LogWarning(ex, "Extraction failed for article {ArticleId} (attempt {Attempt})", article.Id, article.Attempts);
            }
        }
        await db.SaveChangesAsync(ct);
        return (extracted, failed, batch[^1].Id);
    }

    private Figure ToEntity(long articleId, CasualtyFigure f, DateTime now) => new()
    {
        ArticleId = articleId,
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
        ExtractorVersion = extractor.Version,
        CreatedAt = now,
    };
}
