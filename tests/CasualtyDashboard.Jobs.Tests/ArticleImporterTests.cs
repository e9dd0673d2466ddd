using CasualtyDashboard.Jobs.Ingestion;
using CasualtyDashboard.Jobs.Options;
using Microsoft.EntityFrameworkCore;

namespace CasualtyDashboard.Jobs.Tests;

public sealed class ArticleImporterTests
{
    [Fact]
    public async Task Import_InChunks_StoresEveryArticleOnce_ReportsEachLineInOrderWithProgress()
    {
        using var pipeline = new PipelineHarness();
        var importer = new ArticleImporter(pipeline.Ingestor, Microsoft.Extensions.Options.Options.Create(new ImportOptions { ChunkSize = 2 }));
        var input = new ParsedInput(
            [(1, new IncomingArticle("أ 1")), (2, new IncomingArticle("ب 2")), (4, new IncomingArticle("ج 3")), (5, new IncomingArticle("أ 1")), (6, new IncomingArticle("د 4"))],
            [new IngestItemResult(3, IngestStatus.Rejected, null, CasualtyDashboard.Reconciliation.Messages.Message.Verbatim("Line 3: not valid JSON"))]);
        var progress = new List<ImportProgress>();

        var report = await importer.ImportAsync(input, "test", new InlineProgress<ImportProgress>(progress.Add), CancellationToken.None);

        Assert.Equal([1, 2, 3, 4, 5, 6], report.Items.Select(i => i.Line));
        Assert.Equal((4, 1, 1), (report.Stored, report.Duplicates, report.Rejected));
        Assert.Equal(report.Items[0].ArticleId, report.Items[4].ArticleId); // line 5 repeats line 1, stored in an earlier chunk
        Assert.Equal([0, 2, 4, 5], progress.Select(p => p.Done));
        await using var db = pipeline.CreateDbContext();
        Assert.Equal(4, await db.Articles.CountAsync());
    }

    private sealed class InlineProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
