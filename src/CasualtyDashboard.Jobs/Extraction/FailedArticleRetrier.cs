using CasualtyDashboard.Data;
using CasualtyDashboard.Data.Entities;
using CasualtyDashboard.Jobs.Jobs;
using CasualtyDashboard.Jobs.Scheduling;
using Microsoft.EntityFrameworkCore;

namespace CasualtyDashboard.Jobs.Extraction;

/// <summary>"Retry failed": puts every failed article back to pending with its attempts reset, and starts the extract job.</summary>
public sealed class FailedArticleRetrier(IDbContextFactory<DashboardDbContext> factory, JobLauncher launcher, DashboardUpdates updates)
{
    /// <summary>Returns how many articles went back to pending. Their last error stays visible until a run replaces it.</summary>
    public async Task<int> RetryFailedAsync(CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var count = await db.Articles.Where(a => a.State == ArticleState.Failed).ExecuteUpdateAsync(s => s
            .SetProperty(a => a.State, ArticleState.Pending)
            .SetProperty(a => a.Attempts, 0)
            .SetProperty(a => a.NextAttemptAt, (DateTime?)null), ct);
        if (count > 0)
        {
            await updates.NotifyAsync(new DashboardChange("articles", count));
            await launcher.TriggerAsync(ExtractArticlesJob.Name, JobTriggers.Retry, ct);
        }
        return count;
    }
}
