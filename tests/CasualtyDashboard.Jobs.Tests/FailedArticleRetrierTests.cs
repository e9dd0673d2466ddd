using CasualtyDashboard.Data.Entities;
using CasualtyDashboard.Jobs.Extraction;
using CasualtyDashboard.Jobs.Ingestion;
using CasualtyDashboard.Jobs.Options;
using Microsoft.EntityFrameworkCore;

namespace CasualtyDashboard.Jobs.Tests;

public sealed class FailedArticleRetrierTests
{
    [Fact]
    public async Task RetryFailed_FailedArticle_PendingAgainWithAttemptsReset_AndTakenAtTheNextRun()
    {
        using var pipeline = new PipelineHarness(new JobsOptions { Extract = new ExtractJobOptions { MaxAttempts = 1 } });
        await pipeline.IngestAsync(new IncomingArticle("FAIL 7"), new IncomingArticle("سليم 8"));
        await pipeline.Extraction.ProcessPendingAsync(null, CancellationToken.None);
        var retrier = new FailedArticleRetrier(pipeline, pipeline.Launcher, pipeline.Updates, pipeline.Audit);

        var count = await retrier.RetryFailedAsync(CancellationToken.None);

        Assert.Equal(1, count);
        await using (var db = pipeline.CreateDbContext())
        {
            var article = await db.Articles.SingleAsync(a => a.Text == "FAIL 7");
            Assert.Equal((ArticleState.Pending, 0, (DateTime?)null), (article.State, article.Attempts, article.NextAttemptAt));
            Assert.Equal(ArticleState.Extracted, (await db.Articles.SingleAsync(a => a.Text == "سليم 8")).State);
        }
        var calls = pipeline.Extractor.Calls;
        await pipeline.Extraction.ProcessPendingAsync(null, CancellationToken.None);
        Assert.Equal(calls + 1, pipeline.Extractor.Calls); // taken again at once, and (still failing) failed again
        Assert.Equal(1, await retrier.RetryFailedAsync(CancellationToken.None));
    }
}
