using CasualtyDashboard.Jobs.Ingestion;
using Microsoft.EntityFrameworkCore;

namespace CasualtyDashboard.Jobs.Tests;

public sealed class ArticleIngestorTests
{
    [Fact]
    public async Task Ingest_SameTextTwice_StoresOnceAndReportsTheDuplicate()
    {
        using var pipeline = new PipelineHarness();

        var first = await pipeline.IngestAsync(new IncomingArticle("ارتفعت الحصيلة إلى 100", Outlet: "وكالة"));
        var second = await pipeline.IngestAsync(new IncomingArticle("ارتفعت الحصيلة إلى 100\r\n"), new IncomingArticle("نص آخر 5"));

        Assert.Equal(IngestStatus.Stored, first[0].Status);
        Assert.Equal(IngestStatus.Duplicate, second[0].Status);
        Assert.Equal(first[0].ArticleId, second[0].ArticleId);
        Assert.Equal(IngestStatus.Stored, second[1].Status);
        await using var db = pipeline.CreateDbContext();
        Assert.Equal(2, await db.Articles.CountAsync());
    }

    [Fact]
    public async Task Ingest_SameUrlWithinOneInput_StoresTheFirstOnly()
    {
        using var pipeline = new PipelineHarness();

        var results = await pipeline.IngestAsync(
            new IncomingArticle("النص الأول 1", Url: "https://example.org/a"),
            new IncomingArticle("النص الثاني 2", Url: "https://example.org/a"));

        Assert.Equal([IngestStatus.Stored, IngestStatus.Duplicate], results.Select(r => r.Status));
    }

    [Fact]
    public async Task Ingest_EmptyAndBinaryTexts_RejectedWithReasons_OthersStored()
    {
        using var pipeline = new PipelineHarness();

        var results = await pipeline.IngestAsync(
            new IncomingArticle("   "),
            new IncomingArticle(new string('\u0001', 500)),
            new IncomingArticle("نص سليم 3"));

        Assert.Equal([IngestStatus.Rejected, IngestStatus.Rejected, IngestStatus.Stored], results.Select(r => r.Status));
        MessageAssert.Says(results[0].Error, ImportMessages.NoText);
        MessageAssert.Says(results[1].Error, ImportMessages.LooksBinary);
    }

    [Fact]
    public async Task Ingest_OutletNamedTwice_CreatesOneOutlet()
    {
        using var pipeline = new PipelineHarness();

        await pipeline.IngestAsync(new IncomingArticle("أ 1", Outlet: "الجزيرة"), new IncomingArticle("ب 2", Outlet: " الجزيرة "));
        await pipeline.IngestAsync(new IncomingArticle("ج 3", Outlet: "الجزيرة"));

        await using var db = pipeline.CreateDbContext();
        Assert.Equal(1, await db.Outlets.CountAsync());
        Assert.Equal(3, await db.Articles.CountAsync(a => a.OutletId != null));
    }
}
