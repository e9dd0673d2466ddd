using CasualtyDashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CasualtyDashboard.Data.Queries;

/// <summary>Read-only feed queries for the Feeds page.</summary>
public sealed class FeedQueries(IDbContextFactory<DashboardDbContext> factory)
{
    /// <summary>Every feed, by outlet then address.</summary>
    public async Task<IReadOnlyList<FeedView>> ListAsync(CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.Set<Feed>().AsNoTracking().OrderBy(f => f.OutletName).ThenBy(f => f.Url)
            .Select(f => new FeedView(f.Id, f.Url, f.OutletName, f.Source, f.Enabled, f.PollIntervalMinutes, f.LastPolledAt,
                f.LastSuccessAt, f.LastError, f.LastOutcome, f.NextPollAt, f.ItemsTaken,
                f.Items.Count(i => i.State == FeedItemState.Failed), f.Items.Count(i => i.State == FeedItemState.Retrying)))
            .ToListAsync(ct);
    }

    /// <summary>The items a feed's polls saw, newest first.</summary>
    public async Task<IReadOnlyList<FeedItemView>> ItemsAsync(long feedId, int take, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.Set<FeedItem>().AsNoTracking().Where(i => i.FeedId == feedId).OrderByDescending(i => i.Id).Take(take)
            .Select(i => new FeedItemView(i.Id, i.Title, i.Url, i.Published, i.State, i.Attempts, i.FirstSeenAt, i.LastAttemptAt, i.ArticleId, i.Error))
            .ToListAsync(ct);
    }
}
