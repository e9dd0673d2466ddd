using CasualtyDashboard.Data;
using CasualtyDashboard.Data.Audit;
using CasualtyDashboard.Data.Entities;
using CasualtyDashboard.Jobs.Jobs;
using CasualtyDashboard.Jobs.Scheduling;
using Microsoft.EntityFrameworkCore;

namespace CasualtyDashboard.Jobs.Extraction;

/// <summary>
/// "Retry failed": puts every failed article back to pending with its attempts reset, and starts the extract job. The
/// audit log gets one entry (how many articles, the first ids) in the same transaction.
/// </summary>
public sealed class FailedArticleRetrier(IDbContextFactory<DashboardDbContext> factory, JobLauncher launcher, DashboardUpdates updates, AuditTrail audit)
{
    /// <summary>Returns how many articles went back to pending. Their last error stays visible until a run replaces it.</summary>
    public async Task<int> RetryFailedAsync(CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        int count;
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            var first = await db.Articles.Where(a => a.State == ArticleState.Failed).OrderBy(a => a.Id).Select(a => a.Id).Take(ListedIds).ToListAsync(ct);
            count = await db.Articles.Where(a => a.State == ArticleState.Failed).ExecuteUpdateAsync(s => s
                .SetProperty(a => a.State, ArticleState.Pending)
                .SetProperty(a => a.Attempts, 0)
                .SetProperty(a => a.NextAttemptAt, (DateTime?)null), ct);
            if (count > 0)
            {
                audit.Record(db, AuditActions.ArticlesRetry, AuditEntities.Articles, null,
                    new { state = "failed" }, new { state = "pending", attempts = 0, articles = count, ids = first });
                await db.SaveChangesAsync(ct);
            }
            await tx.CommitAsync(ct);
        }
        if (count > 0)
        {
            await updates.NotifyAsync(new DashboardChange("articles", count));
            await launcher.TriggerAsync(ExtractArticlesJob.Name, JobTriggers.Retry, ct);
        }
        return count;
    }

    /// <summary>How many of the articles' ids the audit entry lists (the count is always whole).</summary>
    public const int ListedIds = 200;
}
