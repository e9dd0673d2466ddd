using CasualtyDashboard.Data.Entities;
using CasualtyDashboard.Jobs.Ingestion;
using CasualtyDashboard.Jobs.Options;
using Microsoft.EntityFrameworkCore;

namespace CasualtyDashboard.Jobs.Tests;

public sealed class ArticleExtractionServiceTests
{
    [Fact]
    public async Task ProcessPending_StoresFiguresWithSpansAndVersion_AndMarksArticlesExtracted()
    {
        using var pipeline = new PipelineHarness();
        await pipeline.IngestAsync(new IncomingArticle("الحصيلة 10328 و25956", new DateOnly(2023, 11, 7)));

        var count = await pipeline.Extraction.ProcessPendingAsync(null, CancellationToken.None);

        Assert.Equal(1, count);
        await using var db = pipeline.CreateDbContext();
        var article = await db.Articles.Include(a => a.Figures).SingleAsync();
        Assert.Equal(ArticleState.Extracted, article.State);
        Assert.Equal("scripted-1", article.ExtractorVersion);
        Assert.Equal([10328L, 25956L], article.Figures.OrderBy(f => f.Value).Select(f => f.Value));
        Assert.All(article.Figures, f => Assert.Equal(f.Evidence, article.Text.Substring(f.EvidenceStart, f.EvidenceLength)));
    }

    [Fact]
    public async Task ProcessPending_OneArticleFails_OthersExtracted_FailingOneRetriedWithBackoffThenMarkedFailed()
    {
        using var pipeline = new PipelineHarness(new JobsOptions { Extract = new ExtractJobOptions { MaxAttempts = 2, RetryBackoffSeconds = 60, BatchSize = 1 } });
        await pipeline.IngestAsync(new IncomingArticle("أولا 1"), new IncomingArticle("FAIL 2"), new IncomingArticle("ثالثا 3"));

        Assert.Equal(2, await pipeline.Extraction.ProcessPendingAsync(null, CancellationToken.None));
        Assert.Equal(0, await pipeline.Extraction.ProcessPendingAsync(null, CancellationToken.None)); // backoff: not due yet
        pipeline.Clock.Advance(TimeSpan.FromSeconds(61));
        Assert.Equal(0, await pipeline.Extraction.ProcessPendingAsync(null, CancellationToken.None));

        await using var db = pipeline.CreateDbContext();
        var failed = await db.Articles.SingleAsync(a => a.Text == "FAIL 2");
        Assert.Equal(ArticleState.Failed, failed.State);
        Assert.Equal(2, failed.Attempts);
        Assert.Contains("scripted failure", failed.LastError);
        Assert.Equal(2, await db.Articles.CountAsync(a => a.State == ArticleState.Extracted));
    }

    [Fact]
    public async Task ProcessPending_ArticleSetBackToPending_ReplacesItsFiguresInsteadOfDuplicating()
    {
        using var pipeline = new PipelineHarness();
        await pipeline.IngestAsync(new IncomingArticle("الحصيلة 43204"));
        await pipeline.Extraction.ProcessPendingAsync(null, CancellationToken.None);
        await using (var db = pipeline.CreateDbContext())
            await db.Articles.ExecuteUpdateAsync(s => s.SetProperty(a => a.State, ArticleState.Pending));

        await pipeline.Extraction.ProcessPendingAsync(null, CancellationToken.None);

        await using var check = pipeline.CreateDbContext();
        Assert.Equal(1, await check.Figures.CountAsync());
    }

    [Fact]
    public async Task TrackedRun_RecordsCountsAndEnd()
    {
        using var pipeline = new PipelineHarness();
        await pipeline.IngestAsync(new IncomingArticle("أ 1"), new IncomingArticle("ب 2"));
        var progress = await pipeline.Tracker.StartAsync("extract-articles", "manual", CancellationToken.None);

        await pipeline.Extraction.ProcessPendingAsync(progress, CancellationToken.None);
        await pipeline.Tracker.SucceedAsync(progress, CancellationToken.None);

        await using var db = pipeline.CreateDbContext();
        var run = await db.JobRuns.SingleAsync();
        Assert.Equal(JobRunState.Succeeded, run.State);
        Assert.Equal(2, run.Processed);
        Assert.Equal(2, run.Total);
        Assert.NotNull(run.EndedAt);
    }
}
