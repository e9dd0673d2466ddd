using CasualtyDashboard.Reconciliation.Messages;
using CasualtyDashboard.Data;
using CasualtyDashboard.Data.Entities;
using CasualtyDashboard.Jobs.Ingestion;
using CasualtyDashboard.Jobs.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CasualtyDashboard.Jobs.Feeds;

/// <summary>
/// Polls feeds: GETs the document conditionally (304 ends the poll), parses it, fetches the page of every item not seen
/// before (and of items waiting for a retry), takes the article text out of each page and stores it through the
/// <see cref="ArticleIngestor"/> with the feed's outlet and the item's date. Each item is recorded (<see cref="FeedItem"/>),
/// so a page is never fetched twice once taken and a page that failed shows why; one item's or one feed's failure never
/// stops the others. Polls run one at a time in this process, so the job and "poll now" never take the same item twice;
/// each has a time budget (<c>Feeds:PollBudgetSeconds</c>): pages not fetched when it runs out wait for the next run
/// without losing an attempt, so one slow or dripping site never holds back the other feeds for long.
/// </summary>
public sealed class FeedPoller(
    IDbContextFactory<DashboardDbContext> factory,
    FeedFetcher fetcher,
    ArticleIngestor ingestor,
    IOptions<FeedOptions> options,
    DashboardUpdates updates,
    TimeProvider clock,
    ILogger<FeedPoller> logger)
{
    public const string Channel = "feed";

    /// <summary>Items fetched before they are stored together; a process stopped mid-poll loses at most this many fetches.</summary>
    private const int ChunkSize = 25;

    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Polls every enabled feed whose interval has elapsed; progress counts feeds.</summary>
    public async Task<IReadOnlyList<FeedPollResult>> PollDueAsync(JobRunProgress? progress, CancellationToken ct)
    {
        List<long> due;
        await using (var db = await factory.CreateDbContextAsync(ct))
        {
            var now = clock.GetUtcNow().UtcDateTime;
            due = await db.Set<Feed>().AsNoTracking().Where(f => f.Enabled && (f.NextPollAt == null || f.NextPollAt <= now))
                .OrderBy(f => f.NextPollAt).ThenBy(f => f.Id).Select(f => f.Id).ToListAsync(ct);
        }
        if (progress is not null) progress.Total = due.Count;
        var results = new List<FeedPollResult>(due.Count);
        foreach (var id in due)
        {
            if (ct.IsCancellationRequested) break;
            var result = await PollAsync(id, ct);
            results.Add(result);
            if (progress is not null) await progress.AdvanceAsync(result.Succeeded ? 1 : 0, result.Succeeded ? 0 : 1, ct);
        }
        if (progress is not null)
            progress.Message = Message.Of(JobMessages.FeedsPolled, MessageArg.Number(results.Count), MessageArg.Number(results.Count(r => !r.Succeeded)),
                MessageArg.Number(results.Sum(r => r.Stored)), MessageArg.Number(results.Sum(r => r.Failed + r.Retrying)));
        return results;
    }

    /// <summary>Polls one feed now (enabled or not, due or not).</summary>
    public async Task<FeedPollResult> PollAsync(long feedId, CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            return await PollOneAsync(feedId, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A broken feed row or a database hiccup: record it on the feed and go on with the others.
            logger.LogError(ex, "Polling feed {FeedId} failed", feedId);
            var error = Message.Of(JobMessages.Error, MessageArg.Text(ex.GetType().Name), MessageArg.Text(ex.Message));
            await RecordFeedFailureAsync(feedId, error);
            return new FeedPollResult(feedId, false, false, 0, 0, 0, 0, 0, 0, error);
        }
        finally
        {
            _gate.Release();
            await updates.NotifyAsync(new DashboardChange("feeds"));
        }
    }

    private async Task<FeedPollResult> PollOneAsync(long feedId, CancellationToken ct)
    {
        var settings = options.Value;
        await using var db = await factory.CreateDbContextAsync(ct);
        var feed = await db.Set<Feed>().SingleAsync(f => f.Id == feedId, ct);
        var feedUrl = new Uri(feed.Url);
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(ct);
        budget.CancelAfter(TimeSpan.FromSeconds(settings.PollBudgetSeconds));
        var response = await WithinBudgetAsync(token => fetcher.GetAsync(feedUrl, FeedFetcher.FeedAccept, settings.MaxFeedBytes, feed.ETag, feed.LastModified, token),
            budget.Token, ct) ?? FetchResult.Fail(BudgetSpent(), transient: true);

        ParsedFeed? parsed = null;
        var error = response.Status == FetchStatus.Failed ? Message.Of(FeedMessages.FetchFailed, MessageArg.Of(response.Error!)) : null;
        if (response.Status == FetchStatus.Ok)
        {
            try
            {
                parsed = FeedParser.Parse(new MemoryStream(response.Body), feedUrl);
            }
            catch (FeedFormatException ex)
            {
                error = ex.Reason;
            }
        }

        // Items waiting for a retry are fetched whatever the feed document says (even when it has not changed), but not
        // while the site does not answer for its feed: an outage must not use up their attempts.
        var retry = response.Status == FetchStatus.Failed
            ? []
            : await db.Set<FeedItem>().Where(i => i.FeedId == feedId && i.State == FeedItemState.Retrying).OrderBy(i => i.Id).ToListAsync(ct);
        var work = new List<(FeedItem Item, Uri Link)>();
        foreach (var item in retry)
            if (Uri.TryCreate(item.Url, UriKind.Absolute, out var link)) work.Add((item, link));
        var left = 0;
        if (parsed is not null)
        {
            var hashes = parsed.Entries.Select(e => KeyHash.Of(e.Key)).ToList();
            var known = (await db.Set<FeedItem>().Where(i => i.FeedId == feedId && hashes.Contains(i.ItemKeyHash)).Select(i => i.ItemKey).ToListAsync(ct))
                .ToHashSet(StringComparer.Ordinal);
            var fresh = parsed.Entries.Where(e => !known.Contains(e.Key)).ToList();
            var now = clock.GetUtcNow().UtcDateTime;
            foreach (var entry in fresh.Take(settings.MaxItemsPerPoll))
            {
                var item = new FeedItem
                {
                    FeedId = feedId, ItemKey = entry.Key, Url = entry.Link.AbsoluteUri, Title = entry.Title, Published = entry.Published,
                    FirstSeenAt = now, State = FeedItemState.Retrying,
                };
                work.Add((item, entry.Link));
            }
            left = Math.Max(0, fresh.Count - settings.MaxItemsPerPoll);
        }

        var counts = new ItemCounts();
        foreach (var chunk in work.Chunk(ChunkSize))
        {
            counts += await TakeItemsAsync(db, feed, chunk, budget.Token, ct);
        }

        var finished = clock.GetUtcNow().UtcDateTime;
        feed.LastPolledAt = finished;
        // Items left over are taken at the next run rather than after a whole interval.
        feed.NextPollAt = left > 0 || counts.Deferred > 0 ? finished : finished.AddMinutes(feed.PollIntervalMinutes);
        feed.ItemsTaken += counts.Stored;
        if (error is null)
        {
            feed.LastSuccessAt = finished;
            feed.LastError = null;
            // Validators are kept only for a document that was read, so a broken feed is fetched in full next time.
            if (response.Status == FetchStatus.Ok) (feed.ETag, feed.LastModified) = (Limit(response.ETag, 500), Limit(response.LastModified, 100));
        }
        else
        {
            feed.LastError = error.ToStored();
        }
        var result = new FeedPollResult(feedId, error is null, response.Status == FetchStatus.NotModified, counts.Stored, counts.Duplicates,
            counts.Failed, counts.Retrying - counts.Deferred, left, parsed?.Skipped.Count ?? 0, error, counts.Deferred);
        var outcome = result.Describe();
        feed.LastOutcome = outcome.ToStored();
        await db.SaveChangesAsync(ct);
        if (error is null)
            logger.LogInformation("Polled feed {Feed}: {Outcome}", feed.Url, MessageEnglish.Text(outcome));
        else
            logger.LogWarning("Polling feed {Feed} failed: {Error}", feed.Url, MessageEnglish.Text(error));
        return result;
    }

    /// <summary>Fetches and reads the pages of some items, stores their articles, and records every item's outcome.</summary>
    private async Task<ItemCounts> TakeItemsAsync(DashboardDbContext db, Feed feed, IReadOnlyList<(FeedItem Item, Uri Link)> chunk, CancellationToken budget,
        CancellationToken ct)
    {
        var settings = options.Value;
        var pages = new PageOutcome[chunk.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, chunk.Count), new ParallelOptions { MaxDegreeOfParallelism = settings.PageConcurrency, CancellationToken = ct },
            async (index, _) => pages[index] = await WithinBudgetAsync(token => FetchPageAsync(chunk[index].Link, token), budget, ct)
                                                ?? new PageOutcome(null, BudgetSpent(), true, Deferred: true));

        var now = clock.GetUtcNow().UtcDateTime;
        var incoming = new List<(int Line, IncomingArticle Article)>();
        var deferred = 0;
        for (var i = 0; i < chunk.Count; i++)
        {
            var (item, _) = chunk[i];
            if (pages[i].Deferred)
            {
                // Not tried: it keeps its attempts, and is stored as waiting so the next run fetches it even if the feed is unchanged.
                item.State = FeedItemState.Retrying;
                item.Error = pages[i].Error?.ToStored();
                deferred++;
                continue;
            }
            item.Attempts++;
            item.LastAttemptAt = now;
            if (pages[i].Page is { } page)
            {
                incoming.Add((i, new IncomingArticle(page.Text, item.Published ?? page.Published, feed.OutletName, item.Url,
                    item.Title ?? page.Title, item.ItemKey.Length <= 200 ? item.ItemKey : null)));
                continue;
            }
            var giveUp = !pages[i].Transient || item.Attempts >= settings.MaxItemAttempts;
            item.State = giveUp ? FeedItemState.Failed : FeedItemState.Retrying;
            var pageError = pages[i].Error ?? Message.Of(FeedMessages.NoAnswer);
            item.Error = (pages[i].Transient && giveUp
                ? Message.Of(FeedMessages.GaveUp, MessageArg.Of(pageError), MessageArg.Number(item.Attempts))
                : pageError).ToStored();
        }

        var stored = incoming.Count == 0 ? [] : await ingestor.IngestAsync(incoming, Channel, ct);
        foreach (var result in stored)
        {
            var item = chunk[result.Line].Item;
            item.ArticleId = result.ArticleId;
            (item.State, item.Error) = result.Status switch
            {
                IngestStatus.Stored => (FeedItemState.Stored, (string?)null),
                IngestStatus.Duplicate => (FeedItemState.Duplicate, (string?)null),
                _ => (FeedItemState.Failed, Message.Of(FeedMessages.NotAccepted, MessageArg.Of(result.Error ?? Message.Verbatim(""))).ToStored()),
            };
        }
        foreach (var (item, _) in chunk.Where(c => c.Item.Id == 0)) db.Set<FeedItem>().Add(item);
        await db.SaveChangesAsync(ct);

        var items = chunk.Select(c => c.Item).ToList();
        return new ItemCounts(items.Count(i => i.State == FeedItemState.Stored), items.Count(i => i.State == FeedItemState.Duplicate),
            items.Count(i => i.State == FeedItemState.Failed), items.Count(i => i.State == FeedItemState.Retrying), deferred);
    }

    /// <summary>
    /// Runs a fetch under the poll's budget: its result, or null when the budget ran out first (or had already). The
    /// caller's own cancellation still ends the poll.
    /// </summary>
    private static async Task<T?> WithinBudgetAsync<T>(Func<CancellationToken, Task<T>> fetch, CancellationToken budget, CancellationToken ct) where T : class
    {
        if (budget.IsCancellationRequested) return null;
        try
        {
            return await fetch(budget);
        }
        catch (OperationCanceledException) when (budget.IsCancellationRequested && !ct.IsCancellationRequested)
        {
            return null;
        }
    }

    private Message BudgetSpent() =>
        Message.Of(FeedMessages.BudgetSpent, MessageArg.Number(options.Value.PollBudgetSeconds), MessageArg.Text("Feeds:PollBudgetSeconds"));

    private async Task<PageOutcome> FetchPageAsync(Uri link, CancellationToken ct)
    {
        var response = await fetcher.GetAsync(link, FeedFetcher.PageAccept, options.Value.MaxPageBytes, null, null, ct);
        if (response.Status != FetchStatus.Ok) return new PageOutcome(null, response.Error ?? Message.Of(FeedMessages.NoAnswer), response.Transient);
        if (!PageDecoder.IsHtml(response.MediaType)) return new PageOutcome(null, Message.Of(FeedMessages.NotHtml, MessageArg.Text(response.MediaType ?? "")), false);
        try
        {
            var page = ArticleTextExtractor.Extract(PageDecoder.Decode(response.Body, response.Charset));
            return page.Text.Length == 0
                ? new PageOutcome(null, Message.Of(FeedMessages.NoArticleText), false)
                : new PageOutcome(page, null, false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The reader's message could quote the page: only its kind is kept.
            return new PageOutcome(null, Message.Of(FeedMessages.PageUnreadable, MessageArg.Text(ex.GetType().Name)), false);
        }
    }

    private async Task RecordFeedFailureAsync(long feedId, Message error)
    {
        try
        {
            await using var db = await factory.CreateDbContextAsync(CancellationToken.None);
            var now = clock.GetUtcNow().UtcDateTime;
            await db.Set<Feed>().Where(f => f.Id == feedId).ExecuteUpdateAsync(s => s
                .SetProperty(f => f.LastError, error.ToStored())
                .SetProperty(f => f.LastOutcome, FeedPollResult.Failure(error).ToStored())
                .SetProperty(f => f.LastPolledAt, now)
                .SetProperty(f => f.NextPollAt, f => now.AddMinutes(f.PollIntervalMinutes)), CancellationToken.None);
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Could not record the failure of feed {FeedId}", feedId);
        }
    }

    private static string? Limit(string? value, int max) => value is null || value.Length <= max ? value : null;

    private sealed record PageOutcome(ExtractedPage? Page, Message? Error, bool Transient, bool Deferred = false);

    private readonly record struct ItemCounts(int Stored, int Duplicates, int Failed, int Retrying, int Deferred)
    {
        public static ItemCounts operator +(ItemCounts a, ItemCounts b) =>
            new(a.Stored + b.Stored, a.Duplicates + b.Duplicates, a.Failed + b.Failed, a.Retrying + b.Retrying, a.Deferred + b.Deferred);
    }
}
