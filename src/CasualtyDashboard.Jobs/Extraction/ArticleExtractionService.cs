using CasualtyDashboard.Reconciliation.Messages;
using CasualtyDashboard.Data;
using CasualtyDashboard.Data.Providers;
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
/// Takes articles in batches, runs the extractor and stores the figures. Each batch is one transaction that replaces
/// the articles' figures and marks them extracted together, so a process killed mid-batch leaves them as they were
/// (redone at the next run) and never half-stored figures; readers see the old figures until the new set is committed.
/// Replacing keeps the row (and Id) of every figure still found (<see cref="FigureReplacement"/>), so analysts' reviews
/// stay attached. A failing article keeps its figures and is retried with backoff; a pending one is marked failed after
/// the configured attempts. One article's failure never blocks the others.
/// </summary>
public sealed class ArticleExtractionService(
    IDbContextFactory<DashboardDbContext> factory,
    ICasualtyExtractor extractor,
    IOptions<JobsOptions> options,
    DashboardUpdates updates,
    TimeProvider clock,
    ILogger<ArticleExtractionService> logger)
{
    /// <summary>The longest a re-extraction that keeps failing waits before its next try.</summary>
    private static readonly TimeSpan MaxReextractBackoff = TimeSpan.FromDays(1);

    /// <summary>How long a batch holds its articles; a process that died lets go when it passes.</summary>
    private static readonly TimeSpan ClaimLease = TimeSpan.FromSeconds(30);

    /// <summary>Processes every article pending now; returns how many were extracted.</summary>
    public async Task<int> ProcessPendingAsync(JobRunProgress? progress, CancellationToken ct)
    {
        var (extracted, _) = await ProcessAllAsync(Mode.Pending, progress, ct);
        if (progress is not null) progress.Message = Message.Of(JobMessages.Extracted, MessageArg.Number(extracted), MessageArg.Text(extractor.Version));
        return extracted;
    }

    /// <summary>
    /// Re-extracts every extracted article whose figures come from another extractor version than the current one;
    /// returns how many were re-extracted. The articles stay extracted (and readable) throughout.
    /// </summary>
    public async Task<int> ReextractStaleAsync(JobRunProgress? progress, CancellationToken ct)
    {
        var (extracted, changes) = await ProcessAllAsync(Mode.Stale, progress, ct);
        if (progress is not null)
            progress.Message = Message.Of(changes.Retained > 0 ? JobMessages.ReextractedRetained : JobMessages.Reextracted,
                [MessageArg.Number(extracted), MessageArg.Text(extractor.Version), MessageArg.Number(changes.Kept), MessageArg.Number(changes.Added),
                    MessageArg.Number(changes.Removed), MessageArg.Number(changes.Retained)]);
        return extracted;
    }

    private async Task<(int Extracted, ChangeCounts Changes)> ProcessAllAsync(Mode mode, JobRunProgress? progress, CancellationToken ct)
    {
        var extracted = 0;
        var changes = new ChangeCounts();
        if (progress is not null) progress.Total = await CountDueAsync(mode, ct);
        // A pass walks the due articles once, by id. Articles another run held when the pass came by are skipped; when
        // such a claim has lapsed by the pass's end (a killed process's batch), another pass takes them at once rather
        // than leaving them to the next scheduled run.
        do
        {
            var pass = await PassAsync(mode, progress, ct);
            extracted += pass.Extracted;
            changes += pass.Changes;
        }
        while (!ct.IsCancellationRequested && await AnyLapsedClaimAsync(mode, ct));
        return (extracted, changes);
    }

    /// <summary>
    /// One pass over the due articles. The batches form a pipeline of two: while one batch is written, the next one is
    /// extracted on another thread, so both cores of a small machine work (the extractor is CPU, the write mostly the
    /// database's). Every database command stays on this flow, one at a time: claims and writes never wait for each other's locks.
    /// </summary>
    private async Task<(int Extracted, ChangeCounts Changes)> PassAsync(Mode mode, JobRunProgress? progress, CancellationToken ct)
    {
        var batchSize = options.Value.Extract.BatchSize;
        var extracted = 0;
        var changes = new ChangeCounts();
        var first = await ClaimBatchAsync(mode, 0, batchSize, ct);
        Task<PreparedBatch>? extracting = first is null ? null : Task.Run(() => ExtractBatch(mode, first), CancellationToken.None);
        try
        {
            while (extracting is not null)
            {
                var batch = await extracting;
                extracting = null;
                await using (batch)
                {
                    var next = ct.IsCancellationRequested ? null : await ClaimBatchAsync(mode, batch.LastCandidate, batchSize, ct);
                    if (next is not null) extracting = Task.Run(() => ExtractBatch(mode, next), CancellationToken.None);
                    var result = await WriteAsync(batch, ct);
                    extracted += result.Extracted;
                    changes += result.Changes;
                    if (progress is not null) await progress.AdvanceAsync(result.Extracted, result.Failed, ct);
                    if (result.Extracted > 0) await updates.NotifyAsync(new DashboardChange("figures", result.Extracted));
                }
            }
        }
        finally
        {
            // A batch extracted while a write failed is not written: its claims lapse and a later run takes its articles.
            if (extracting is not null) await (await extracting).DisposeAsync();
        }
        return (extracted, changes);
    }

    /// <summary>Whether a due article is held by a claim that has lapsed (its run died before saving it).</summary>
    private async Task<bool> AnyLapsedClaimAsync(Mode mode, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        return await Due(db, mode, now).AnyAsync(a => a.ClaimedUntil != null && a.ClaimedUntil < now, ct);
    }

    private IQueryable<Article> Due(DashboardDbContext db, Mode mode, DateTime now)
    {
        var version = extractor.Version;
        return mode == Mode.Pending
            ? db.Articles.Where(a => a.State == ArticleState.Pending && (a.NextAttemptAt == null || a.NextAttemptAt <= now))
            : db.Articles.Where(a => a.State == ArticleState.Extracted && a.ExtractorVersion != version && (a.NextAttemptAt == null || a.NextAttemptAt <= now));
    }

    private async Task<int> CountDueAsync(Mode mode, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await Due(db, mode, clock.GetUtcNow().UtcDateTime).CountAsync(ct);
    }

    /// <summary>
    /// Claims the next batch after <paramref name="afterId"/> and loads what its extraction needs, in a context of its
    /// own that tracks the batch's changes until it is written; null when no due article is left.
    /// </summary>
    private async Task<PreparedBatch?> ClaimBatchAsync(Mode mode, long afterId, int batchSize, CancellationToken ct)
    {
        var timings = new StageTimings();
        var db = await factory.CreateDbContextAsync(ct);
        try
        {
            var now = clock.GetUtcNow().UtcDateTime;
            // Claimed atomically: another run (this process or another instance) never gets the same articles.
            var (batch, lastCandidate) = await ArticleClaims.ClaimAsync(db, Due(db, mode, now), afterId, batchSize, now, ClaimLease, ct);
            if (lastCandidate is null)
            {
                await db.DisposeAsync();
                return null;
            }
            timings.Mark("claim");
            var ids = batch.Select(a => a.Id).ToList();
            var stored = ids.Count == 0 ? [] : await db.Figures.Where(f => ids.Contains(f.ArticleId)).ToListAsync(ct);
            var withAnalystWork = stored.Count == 0 ? [] : await FiguresWithAnalystWorkAsync(db, stored.Select(f => f.Id).ToList(), ct);
            timings.Mark("load");
            return new PreparedBatch(db, now, lastCandidate.Value, batch, stored.ToLookup(f => f.ArticleId), withAnalystWork, timings);
        }
        catch
        {
            await db.DisposeAsync();
            throw;
        }
    }

    /// <summary>Runs the extractor over a claimed batch (CPU only: the changes stay in its context until written).</summary>
    private PreparedBatch ExtractBatch(Mode mode, PreparedBatch batch)
    {
        batch.Timings.Skip();
        foreach (var article in batch.Articles) Extract(mode, batch, article, batch.Stored[article.Id].ToList(), batch.WithAnalystWork);
        batch.Timings.Mark("extract");
        return batch;
    }

    /// <summary>Extracts one claimed article into <paramref name="batch"/>'s changes; a failure is recorded on the article.</summary>
    private void Extract(Mode mode, PreparedBatch batch, Article article, List<Figure> stored, HashSet<long> withAnalystWork)
    {
        try
        {
            var found = extractor.Extract(new ArticleInput(article.Text, article.Published, article.Outlet?.Name, article.ExternalId, article.Title));
            var max = options.Value.Extract.MaxFiguresPerArticle;
            var figures = found.Count > max ? found.OrderBy(f => f.EvidenceStart).Take(max).ToList() : found;
            var plan = FigureReplacement.Plan(stored, figures.Select(f => ToEntity(article.Id, f, batch.Now)).ToList());
            foreach (var (kept, fresh) in plan.Kept) FigureReplacement.Refresh(kept, fresh);
            // A figure the new rules no longer find is deleted, unless analysts reviewed, corrected or annotated it:
            // their work is never thrown away, so the figure stays (with its older extractor version) beside it.
            var retained = plan.Removed.Where(f => withAnalystWork.Contains(f.Id)).ToList();
            batch.Db.Figures.RemoveRange(plan.Removed.Except(retained));
            batch.Added.AddRange(plan.Added);
            batch.Changes += new ChangeCounts(plan.Kept.Count, plan.Added.Count, plan.Removed.Count - retained.Count, retained.Count);
            batch.Extracted++;
            if (found.Count <= max)
            {
                // The usual outcome, the same for every such article of the batch: written with one set-based UPDATE.
                batch.Clean.Add(article.Id);
                return;
            }
            article.State = ArticleState.Extracted;
            article.ExtractorVersion = extractor.Version;
            article.ExtractedAt = batch.Now;
            article.Attempts = 0;
            article.LastError = CappedNote(found.Count, max);
            article.NextAttemptAt = null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            batch.Failed++;
            RecordFailure(mode, article, ex, batch.Now);
        }
        ArticleClaims.Release(article);
    }

    /// <summary>
    /// Stores a prepared batch in one transaction: the cleanly extracted articles' state in one UPDATE that checks they
    /// are still this batch's; the other articles and the kept or removed figures through EF (their claim token checked);
    /// then every new figure in one bulk insert (no round trip per figure). Either all of it is stored or none.
    /// </summary>
    private async Task<BatchResult> WriteAsync(PreparedBatch batch, CancellationToken ct)
    {
        if (batch.Articles.Count == 0) return new BatchResult(0, 0, default);
        var db = batch.Db;
        var timings = batch.Timings;
        timings.Skip();
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            if (batch.Clean.Count > 0)
            {
                var ids = batch.Clean;
                var token = batch.Token;
                var (version, now) = (extractor.Version, batch.Now);
                var updated = await db.Articles.Where(a => ids.Contains(a.Id) && a.ClaimToken == token).ExecuteUpdateAsync(s => s
                    .SetProperty(a => a.State, ArticleState.Extracted)
                    .SetProperty(a => a.ExtractorVersion, version)
                    .SetProperty(a => a.ExtractedAt, now)
                    .SetProperty(a => a.Attempts, 0)
                    .SetProperty(a => a.LastError, (string?)null)
                    .SetProperty(a => a.NextAttemptAt, (DateTime?)null)
                    .SetProperty(a => a.ClaimToken, (Guid?)null)
                    .SetProperty(a => a.ClaimedUntil, (DateTime?)null), ct);
                if (updated != ids.Count)
                    throw new DbUpdateConcurrencyException($"{ids.Count - updated} of the batch's articles were claimed by another run meanwhile.");
            }
            timings.Mark("update");
            // Tracked changes exist only for failed or capped articles and for re-extracted figures; without them the
            // save (which compares every tracked article with its snapshot) is left out.
            if (batch.Clean.Count < batch.Articles.Count || batch.Changes.Kept > 0 || batch.Changes.Removed > 0)
            {
                await db.SaveChangesAsync(ct);
                timings.Mark("save");
            }
            await ProviderAdapters.For(db).BulkInsertAsync(db, batch.Added, ct);
            timings.Mark("insert");
            await transaction.CommitAsync(ct);
            timings.Mark("commit");
        }
        catch (DbUpdateConcurrencyException ex)
        {
            // Another run changed these articles or their figures meanwhile (its claim outlived ours); nothing of this
            // batch was stored, and any article still due is taken again at the next run.
            logger.LogWarning(ex, "Extraction batch up to article {LastId} skipped: its articles changed meanwhile", batch.LastCandidate);
            return new BatchResult(0, 0, default);
        }
        logger.LogDebug("Extraction batch of {Articles} articles, {Figures} new figures; {Timings}", batch.Articles.Count, batch.Added.Count, timings);
        return new BatchResult(batch.Extracted, batch.Failed, batch.Changes);
    }

    /// <summary>The note an article whose figures were capped keeps (shown on its page and in the API's <c>lastError</c>).</summary>
    public static string CappedNote(int found, int kept) => Message.Of(JobMessages.FiguresCapped,
        MessageArg.Number(found), MessageArg.Number(kept), MessageArg.Text("Jobs:Extract:MaxFiguresPerArticle")).ToStored();

    private void RecordFailure(Mode mode, Article article, Exception ex, DateTime now)
    {
        var settings = options.Value.Extract;
        article.Attempts++;
        var backoff = TimeSpan.FromSeconds(settings.RetryBackoffSeconds * Math.Pow(2, article.Attempts - 1));
        if (mode == Mode.Stale)
        {
            // The article keeps its figures of the previous version and stays extracted; the retries slow down instead of stopping.
            article.LastError = Message.Of(JobMessages.ReextractionFailed, MessageArg.Text(extractor.Version), MessageArg.Text(ex.GetType().Name), MessageArg.Text(ex.Message)).ToStored();
            article.NextAttemptAt = now + (backoff < MaxReextractBackoff ? backoff : MaxReextractBackoff);
            logger.LogWarning(ex, "Re-extraction failed for article {ArticleId} (attempt {Attempt}); its previous figures stay", article.Id, article.Attempts);
            return;
        }
        article.LastError = JobRunTracker.ErrorOf(ex).ToStored();
        if (article.Attempts >= settings.MaxAttempts)
        {
            article.State = ArticleState.Failed;
            article.NextAttemptAt = null;
        }
        else
        {
            article.NextAttemptAt = now + backoff;
        }
        logger.LogWarning(ex, "Extraction failed for article {ArticleId} (attempt {Attempt})", article.Id, article.Attempts);
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

    private enum Mode
    {
        /// <summary>New articles, and failed attempts due for a retry.</summary>
        Pending,
        /// <summary>Extracted articles whose figures come from another extractor version.</summary>
        Stale,
    }

    /// <summary>The ids among <paramref name="figureIds"/> that carry a review, a correction or an annotation.</summary>
    private static async Task<HashSet<long>> FiguresWithAnalystWorkAsync(DashboardDbContext db, List<long> figureIds, CancellationToken ct)
    {
        var reviewed = await db.Set<FigureReview>().Where(r => figureIds.Contains(r.FigureId)).Select(r => r.FigureId).ToListAsync(ct);
        var corrected = await db.Set<FigureCorrection>().Where(c => figureIds.Contains(c.FigureId)).Select(c => c.FigureId).ToListAsync(ct);
        var annotated = await db.Set<Annotation>().Where(a => a.FigureId != null && figureIds.Contains(a.FigureId.Value)).Select(a => a.FigureId!.Value).ToListAsync(ct);
        return [.. reviewed, .. corrected, .. annotated];
    }

    private readonly record struct ChangeCounts(int Kept, int Added, int Removed, int Retained = 0)
    {
        public static ChangeCounts operator +(ChangeCounts a, ChangeCounts b) =>
            new(a.Kept + b.Kept, a.Added + b.Added, a.Removed + b.Removed, a.Retained + b.Retained);
    }

    private readonly record struct BatchResult(int Extracted, int Failed, ChangeCounts Changes);

    /// <summary>A claimed batch, extracted then written: its context (tracking the changes) and outcomes.</summary>
    private sealed class PreparedBatch(DashboardDbContext db, DateTime now, long lastCandidate, List<Article> articles,
        ILookup<long, Figure> stored, HashSet<long> withAnalystWork, StageTimings timings) : IAsyncDisposable
    {
        public DashboardDbContext Db { get; } = db;
        public DateTime Now { get; } = now;

        /// <summary>Where the next batch goes on.</summary>
        public long LastCandidate { get; } = lastCandidate;

        /// <summary>The articles this batch got (tracked, with their outlet; maybe none when other runs got them first).</summary>
        public List<Article> Articles { get; } = articles;

        /// <summary>Their stored figures, and which of those carry analysts' work.</summary>
        public ILookup<long, Figure> Stored { get; } = stored;
        public HashSet<long> WithAnalystWork { get; } = withAnalystWork;

        /// <summary>The claim token the articles were taken with (read before extraction releases any of them).</summary>
        public Guid? Token { get; } = articles.Count > 0 ? articles[0].ClaimToken : null;

        public StageTimings Timings { get; } = timings;

        /// <summary>Articles extracted with nothing to note: their state is written set-based.</summary>
        public List<long> Clean { get; } = [];

        public List<Figure> Added { get; } = [];
        public ChangeCounts Changes { get; set; }
        public int Extracted { get; set; }
        public int Failed { get; set; }

        public ValueTask DisposeAsync() => Db.DisposeAsync();
    }
}
