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
        var batchSize = options.Value.Extract.BatchSize;
        var extracted = 0;
        var changes = new ChangeCounts();
        long afterId = 0;
        if (progress is not null) progress.Total = await CountDueAsync(mode, ct);
        while (!ct.IsCancellationRequested)
        {
            var batch = await ProcessBatchAsync(mode, afterId, batchSize, ct);
            if (batch.LastId is null) break;
            afterId = batch.LastId.Value;
            extracted += batch.Extracted;
            changes += batch.Changes;
            if (progress is not null) await progress.AdvanceAsync(batch.Extracted, batch.Failed, ct);
            if (batch.Extracted > 0) await updates.NotifyAsync(new DashboardChange("figures", batch.Extracted));
        }
        return (extracted, changes);
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

    private async Task<BatchResult> ProcessBatchAsync(Mode mode, long afterId, int batchSize, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        // Claimed atomically: another run (this process or another instance) never gets the same articles.
        var (batch, lastCandidate) = await ArticleClaims.ClaimAsync(db, Due(db, mode, now), afterId, batchSize, now, ClaimLease, ct);
        if (lastCandidate is null) return new BatchResult(0, 0, default, null);
        if (batch.Count == 0) return new BatchResult(0, 0, default, lastCandidate);

        var ids = batch.Select(a => a.Id).ToList();
        var storedFigures = (await db.Figures.Where(f => ids.Contains(f.ArticleId)).ToListAsync(ct)).ToLookup(f => f.ArticleId);
        var withAnalystWork = await FiguresWithAnalystWorkAsync(db, storedFigures.SelectMany(g => g).Select(f => f.Id).ToList(), ct);

        int extracted = 0, failed = 0;
        var changes = new ChangeCounts();
        var added = new List<Figure>();
        foreach (var article in batch)
        {
            try
            {
                var found = extractor.Extract(new ArticleInput(article.Text, article.Published, article.Outlet?.Name, article.ExternalId, article.Title));
                var max = options.Value.Extract.MaxFiguresPerArticle;
                var figures = found.Count > max ? found.OrderBy(f => f.EvidenceStart).Take(max).ToList() : found;
                var plan = FigureReplacement.Plan(storedFigures[article.Id].ToList(), figures.Select(f => ToEntity(article.Id, f, now)).ToList());
                foreach (var (stored, fresh) in plan.Kept) FigureReplacement.Refresh(stored, fresh);
                // A figure the new rules no longer find is deleted, unless analysts reviewed, corrected or annotated it:
                // their work is never thrown away, so the figure stays (with its older extractor version) beside it.
                var retained = plan.Removed.Where(f => withAnalystWork.Contains(f.Id)).ToList();
                db.Figures.RemoveRange(plan.Removed.Except(retained));
                added.AddRange(plan.Added);
                changes += new ChangeCounts(plan.Kept.Count, plan.Added.Count, plan.Removed.Count - retained.Count, retained.Count);
                article.State = ArticleState.Extracted;
                article.ExtractorVersion = extractor.Version;
                article.ExtractedAt = now;
                article.Attempts = 0;
                article.LastError = found.Count > max ? CappedNote(found.Count, max) : null;
                article.NextAttemptAt = null;
                extracted++;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                failed++;
                RecordFailure(mode, article, ex, now);
            }
            ArticleClaims.Release(article);
        }
        try
        {
            // One transaction: the articles' state and kept or removed figures through EF (their claim token checked),
            // then every new figure of the batch in one bulk insert (no round trip per figure).
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await db.SaveChangesAsync(ct);
            await ProviderAdapters.For(db).BulkInsertAsync(db, added, ct);
            await transaction.CommitAsync(ct);
        }
        catch (DbUpdateConcurrencyException ex)
        {
            // Another run changed these articles or their figures meanwhile (its claim outlived ours); nothing of this
            // batch was stored, and any article still due is taken again at the next run.
            logger.LogWarning(ex, "Extraction batch after article {AfterId} skipped: its articles changed meanwhile", afterId);
            return new BatchResult(0, 0, default, lastCandidate);
        }
        return new BatchResult(extracted, failed, changes, lastCandidate);
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

    private readonly record struct BatchResult(int Extracted, int Failed, ChangeCounts Changes, long? LastId);
}
