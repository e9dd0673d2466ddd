using CasualtyDashboard.Data;
using CasualtyDashboard.Data.Entities;
using CasualtyDashboard.Data.Tests;
using CasualtyDashboard.Jobs.Ingestion;
using Microsoft.EntityFrameworkCore;

namespace CasualtyDashboard.Jobs.Tests;

/// <summary>
/// Extraction runs that overlap, in two services with their own connections as two processes have, share the articles
/// without taking any twice (before the claims, 1,100 articles got their figures twice); and the pipeline's state
/// changes on PostgreSQL.
/// </summary>
public sealed class ClaimedExtractionTests
{
    private const int Articles = 1_200;

    [Fact]
    public async Task TwoRunsAtOnce_OneSqliteFile_EveryArticleExtractedOnce()
    {
        using var first = new PipelineHarness();
        var file = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(first.CreateDbContext().Database.GetConnectionString()).DataSource;
        using var second = new PipelineHarness(sqliteFile: file);
        // SQLite has one writer at a time: the second run may find every batch already claimed (seen once in CI: 0 and
        // 1,200), so only "each article once" is asserted here, not that both runs took some.
        await AssertSharedOnceAsync(first, second, bothTakeWork: false);
    }

    [PostgresFact]
    public async Task TwoRunsAtOnce_PostgreSql_EveryArticleExtractedOnce()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        using var first = new PipelineHarness(database: database);
        using var second = new PipelineHarness(database: database);
        await AssertSharedOnceAsync(first, second, bothTakeWork: true);
    }

    [PostgresFact]
    public async Task Pipeline_PostgreSql_IngestsExtractsRetriesAndFails()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        using var harness = new PipelineHarness(database: database);
        var results = await harness.IngestAsync(
            new IncomingArticle("قتل 12 شخصا", new DateOnly(2024, 5, 1), "Wafa", "https://example.org/" + new string('a', 1200)),
            new IncomingArticle("FAIL هذا النص", new DateOnly(2024, 5, 2), "Wafa"),
            new IncomingArticle("قتل 12 شخصا", new DateOnly(2024, 5, 1), "Wafa"));
        Assert.Equal([IngestStatus.Stored, IngestStatus.Stored, IngestStatus.Duplicate], results.Select(r => r.Status));
        var again = await harness.IngestAsync(new IncomingArticle("نص آخر 3", null, null, "https://example.org/" + new string('a', 1200)));
        Assert.Equal(IngestStatus.Duplicate, Assert.Single(again).Status);

        Assert.Equal(1, await harness.Extraction.ProcessPendingAsync(null, CancellationToken.None));
        await using (var db = database.CreateDbContext())
        {
            var articles = await db.Articles.OrderBy(a => a.Id).ToListAsync();
            Assert.Equal(ArticleState.Extracted, articles[0].State);
            Assert.Null(articles[0].ClaimToken);
            Assert.Equal(12, (await db.Figures.SingleAsync()).Value);
            Assert.Equal(ArticleState.Pending, articles[1].State);
            Assert.Equal(1, articles[1].Attempts);
            Assert.NotNull(articles[1].NextAttemptAt);
        }

        for (var attempt = 2; attempt <= harness.Options.Extract.MaxAttempts; attempt++)
        {
            harness.Clock.Advance(TimeSpan.FromDays(1));
            await harness.Extraction.ProcessPendingAsync(null, CancellationToken.None);
        }
        await using (var db = database.CreateDbContext())
        {
            var failed = await db.Articles.SingleAsync(a => a.Text.StartsWith("FAIL"));
            Assert.Equal(ArticleState.Failed, failed.State);
            Assert.Null(failed.ClaimToken);
        }
    }

    private static async Task AssertSharedOnceAsync(PipelineHarness first, PipelineHarness second, bool bothTakeWork)
    {
        // Each article holds one number: one figure each when extracted once.
        var articles = Enumerable.Range(0, Articles).Select(i => new IncomingArticle($"قتل {i + 1} شخصا", new DateOnly(2024, 1, 1))).ToArray();
        foreach (var chunk in articles.Chunk(400)) await first.IngestAsync(chunk);
        first.Options.Extract.BatchSize = 50;
        second.Options.Extract.BatchSize = 50;

        var runs = await Task.WhenAll(
            Task.Run(() => first.Extraction.ProcessPendingAsync(null, CancellationToken.None)),
            Task.Run(() => second.Extraction.ProcessPendingAsync(null, CancellationToken.None)));

        await using var db = first.CreateDbContext();
        Assert.Equal(Articles, runs.Sum());
        if (bothTakeWork) Assert.True(runs.All(r => r > 0), $"Both runs took articles: {runs[0]} and {runs[1]}.");
        Assert.Equal(Articles, first.Extractor.Calls + second.Extractor.Calls);
        Assert.Equal(Articles, await db.Figures.CountAsync());
        Assert.Equal(0, await db.Articles.CountAsync(a => a.State != ArticleState.Extracted || a.ClaimToken != null));
        Assert.Empty(await db.Figures.GroupBy(f => f.ArticleId).Where(g => g.Count() > 1).Select(g => g.Key).ToListAsync());
    }
}
