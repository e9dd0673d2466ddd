using System.Diagnostics;
using CasualtyDashboard.Extraction;
using CasualtyDashboard.Extraction.Model;
using CasualtyDashboard.Jobs.Extraction;
using CasualtyDashboard.Jobs.Ingestion;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit.Abstractions;

namespace CasualtyDashboard.Jobs.Tests;

public sealed class ReextractionCorpusTests(ITestOutputHelper output)
{
    /// <summary>The real extractor under a version name the test moves on, as a release of new rules would.</summary>
    private sealed class Renamed(ICasualtyExtractor inner) : ICasualtyExtractor
    {
        public string Version { get; set; } = inner.Version;
        public IReadOnlyList<CasualtyFigure> Extract(ArticleInput article) => inner.Extract(article);
    }

    [Fact]
    public async Task Reextract_DevCorpusUnderANewVersionWithTheSameRules_KeepsEveryFigureId_AndReportsThroughput()
    {
        using var pipeline = new PipelineHarness();
        var parsed = ArticleJsonReader.Read(string.Join('\n', Directory.GetFiles(SharedCorpusPath(), "*-articles.jsonl").Order().Select(File.ReadAllText)));
        await pipeline.Ingestor.IngestAsync(parsed.Articles, "test", CancellationToken.None);
        var extractor = new Renamed(new ArabicCasualtyExtractor());
        var service = new ArticleExtractionService(pipeline, extractor, Microsoft.Extensions.Options.Options.Create(pipeline.Options), pipeline.Updates,
            pipeline.Clock, NullLogger<ArticleExtractionService>.Instance);
        var articles = await service.ProcessPendingAsync(null, CancellationToken.None);
        List<long> ids;
        await using (var db = pipeline.CreateDbContext()) ids = await db.Figures.OrderBy(f => f.Id).Select(f => f.Id).ToListAsync();

        const int rounds = 5;
        var clock = Stopwatch.StartNew();
        for (var round = 1; round <= rounds; round++)
        {
            extractor.Version = $"{new ArabicCasualtyExtractor().Version}+round{round}";
            Assert.Equal(articles, await service.ReextractStaleAsync(null, CancellationToken.None));
        }
        clock.Stop();

        await using var check = pipeline.CreateDbContext();
        Assert.Equal(ids, await check.Figures.OrderBy(f => f.Id).Select(f => f.Id).ToListAsync());
        Assert.Equal(articles, await check.Articles.CountAsync(a => a.ExtractorVersion == extractor.Version));
        output.WriteLine($"MEASURE re-extraction: {articles} dev-corpus articles, {ids.Count} figures, {rounds} rounds in {clock.Elapsed.TotalMilliseconds:N0} ms: "
            + $"{articles * rounds / clock.Elapsed.TotalSeconds:N0} articles/s (extract + match + update in batches of {pipeline.Options.Extract.BatchSize}, SQLite file)");
    }

    private static string SharedCorpusPath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "CasualtyDashboard.sln")))
                return Path.Combine(dir.Parent!.FullName, "shared", "corpus");
        throw new DirectoryNotFoundException("no CasualtyDashboard.sln above the test's folder");
    }
}
