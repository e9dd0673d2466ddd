using CasualtyDashboard.Data;
using CasualtyDashboard.Data.Accounts;
using CasualtyDashboard.Data.Analysts;
using CasualtyDashboard.Data.Audit;
using CasualtyDashboard.Data.Entities;
using CasualtyDashboard.Jobs.Jobs;
using CasualtyDashboard.Jobs.Scheduling;
using CasualtyDashboard.Reconciliation.Messages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CasualtyDashboard.Jobs.Feeds;

/// <summary>
/// Changes to the list of feeds: the settings' feeds upserted at start, and the Feeds page's add, enable, disable,
/// delete and "poll now" (Admins only). Each returns what to say on the page (a <see cref="FeedMessages"/> code); bad input is refused with the reason, never thrown.
/// The page's changes are recorded in the audit log in their own transaction; the settings' upsert at start is not.
/// </summary>
public sealed class FeedCatalog(
    IDbContextFactory<DashboardDbContext> factory,
    FeedPoller poller,
    JobLauncher launcher,
    IOptions<FeedOptions> options,
    DashboardUpdates updates,
    AuditTrail audit,
    TimeProvider clock,
    ILogger<FeedCatalog> logger,
    CurrentAnalyst analyst)
{
    /// <summary>Adds a feed from the Feeds page; it is polled at the next run of the feed job.</summary>
    public async Task<FeedCommandResult> AddAsync(string? url, string? outlet, int? intervalMinutes, CancellationToken ct = default)
    {
        analyst.Demand(Permission.Admin);
        if (FeedUrls.Validate(url, out var uri) is { } error) return FeedCommandResult.Refused(error);
        if (string.IsNullOrWhiteSpace(outlet) || outlet.Trim().Length > 200) return FeedCommandResult.Refused(Message.Of(FeedMessages.OutletMissing, MessageArg.Number(200)));
        var interval = intervalMinutes ?? options.Value.DefaultIntervalMinutes;
        if (interval is < 1 or > 10_080) return FeedCommandResult.Refused(Message.Of(FeedMessages.Interval, MessageArg.Number(1), MessageArg.Number(10_080)));

        await using var db = await factory.CreateDbContextAsync(ct);
        var address = uri!.AbsoluteUri;
        var hash = KeyHash.Of(address);
        if (await db.Set<Feed>().AsNoTracking().FirstOrDefaultAsync(f => f.UrlHash == hash && f.Url == address, ct) is { } existing)
            return FeedCommandResult.Refused(Message.Of(FeedMessages.Listed, MessageArg.Text(existing.OutletName)));
        var feed = new Feed
        {
            Url = address, OutletName = outlet.Trim(), PollIntervalMinutes = interval, Enabled = true, Source = FeedSource.Ui,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            db.Add(feed);
            await db.SaveChangesAsync(ct);
            audit.Record(db, AuditActions.FeedAdd, AuditEntities.Feed, Key(feed.Id), null, Audited(feed));
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        await updates.NotifyAsync(new DashboardChange("feeds"));
        return FeedCommandResult.Done(Message.Of(FeedMessages.Added, MessageArg.Text(address)), feed.Id);
    }

    public async Task<FeedCommandResult> SetEnabledAsync(long feedId, bool enabled, CancellationToken ct = default)
    {
        analyst.Demand(Permission.Admin);
        await using var db = await factory.CreateDbContextAsync(ct);
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            var was = await db.Set<Feed>().Where(f => f.Id == feedId).Select(f => (bool?)f.Enabled).FirstOrDefaultAsync(ct);
            var changed = await db.Set<Feed>().Where(f => f.Id == feedId).ExecuteUpdateAsync(s => s.SetProperty(f => f.Enabled, enabled), ct);
            if (changed == 0) return FeedCommandResult.Refused(Message.Of(FeedMessages.Gone));
            if (was != enabled)
            {
                audit.Record(db, AuditActions.FeedChange, AuditEntities.Feed, Key(feedId), new { enabled = was }, new { enabled });
                await db.SaveChangesAsync(ct);
            }
            await tx.CommitAsync(ct);
        }
        await updates.NotifyAsync(new DashboardChange("feeds"));
        return FeedCommandResult.Done(Message.Of(enabled ? FeedMessages.Enabled : FeedMessages.Disabled), feedId);
    }

    /// <summary>Deletes a feed added on the page with its item records; its articles stay. Settings' feeds are refused.</summary>
    public async Task<FeedCommandResult> DeleteAsync(long feedId, CancellationToken ct = default)
    {
        analyst.Demand(Permission.Admin);
        await using var db = await factory.CreateDbContextAsync(ct);
        var feed = await db.Set<Feed>().FirstOrDefaultAsync(f => f.Id == feedId, ct);
        if (feed is null) return FeedCommandResult.Refused(Message.Of(FeedMessages.Gone));
        if (feed.Source == FeedSource.Settings)
            return FeedCommandResult.Refused(Message.Of(FeedMessages.FromSettings, MessageArg.Text("Feeds:Sources")));
        db.Remove(feed);
        audit.Record(db, AuditActions.FeedRemove, AuditEntities.Feed, Key(feed.Id), Audited(feed), null);
        await db.SaveChangesAsync(ct);
        await updates.NotifyAsync(new DashboardChange("feeds"));
        return FeedCommandResult.Done(Message.Of(FeedMessages.Deleted, MessageArg.Text(feed.Url), MessageArg.Number(feed.ItemsTaken)), feedId);
    }

    /// <summary>
    /// Polls a feed at once: through the feed job when scheduling is on (the run is recorded on the Jobs page),
    /// else right here, returning what the poll did.
    /// </summary>
    public async Task<FeedCommandResult> PollNowAsync(long feedId, CancellationToken ct = default)
    {
        analyst.Demand(Permission.Admin);
        await using (var db = await factory.CreateDbContextAsync(ct))
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var feed = await db.Set<Feed>().AsNoTracking().FirstOrDefaultAsync(f => f.Id == feedId, ct);
            if (feed is null) return FeedCommandResult.Refused(Message.Of(FeedMessages.Gone));
            if (!feed.Enabled) return FeedCommandResult.Refused(Message.Of(FeedMessages.IsDisabled));
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            await db.Set<Feed>().Where(f => f.Id == feedId).ExecuteUpdateAsync(s => s.SetProperty(f => f.NextPollAt, now), ct);
            audit.Record(db, AuditActions.FeedPoll, AuditEntities.Feed, Key(feedId), new { nextPollAt = feed.NextPollAt }, new { nextPollAt = now });
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        if (await launcher.TriggerAsync(PollFeedsJob.Name, JobTriggers.Manual, ct))
            return FeedCommandResult.Done(Message.Of(FeedMessages.PollStarted), feedId);
        var result = await poller.PollAsync(feedId, ct);
        return result.Succeeded ? FeedCommandResult.Done(result.Describe(), feedId) : FeedCommandResult.Refused(result.Describe());
    }

    private static string Key(long id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A feed's fields for the audit log.</summary>
    private static object Audited(Feed f) => new { f.Url, outlet = f.OutletName, intervalMinutes = f.PollIntervalMinutes, f.Enabled };

    /// <summary>
    /// Upserts the settings' feeds by address: new ones are added enabled; known ones take the settings' outlet and
    /// interval and become settings feeds, keeping their enabled flag (an analyst's "disable" survives restarts).
    /// </summary>
    public async Task SyncSettingsAsync(IReadOnlyList<FeedSourceOptions> sources, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var feeds = await db.Set<Feed>().ToListAsync(ct);
        var listed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var source in sources)
        {
            // Validated at start (FeedOptions.Validate), so the address parses.
            FeedUrls.Validate(source.Url, out var uri);
            var address = uri!.AbsoluteUri;
            listed.Add(address);
            var interval = source.IntervalMinutes ?? options.Value.DefaultIntervalMinutes;
            var feed = feeds.FirstOrDefault(f => f.Url == address);
            if (feed is null)
            {
                db.Add(new Feed
                {
                    Url = address, OutletName = source.Outlet.Trim(), PollIntervalMinutes = interval, Enabled = true, Source = FeedSource.Settings,
                    CreatedAt = now,
                });
                continue;
            }
            if (feed.PollIntervalMinutes != interval && feed.LastPolledAt is { } last) feed.NextPollAt = last.AddMinutes(interval);
            (feed.OutletName, feed.PollIntervalMinutes, feed.Source) = (source.Outlet.Trim(), interval, FeedSource.Settings);
        }
        await db.SaveChangesAsync(ct);
        foreach (var orphan in feeds.Where(f => f.Source == FeedSource.Settings && !listed.Contains(f.Url)))
            logger.LogWarning("Feed {Url} came from the settings but is no longer listed there; it stays (disable or delete it on the Feeds page)", orphan.Url);
        logger.LogInformation("Feeds from the settings: {Count} listed", listed.Count);
    }
}
