using CasualtyDashboard.Reconciliation.Messages;
using CasualtyDashboard.Data.Entities;
using CasualtyDashboard.Extraction.Model;
using CasualtyDashboard.Jobs.Ingestion;
using Microsoft.EntityFrameworkCore;

namespace CasualtyDashboard.Jobs.Tests;

public sealed class ReextractionTests
{
    private const string Text = "الحصيلة 100 ثم 200 ثم 300 ثم 400";

    /// <summary>Version 2 of the scripted extractor: 100 gets an area, 200 becomes injured, 300 is gone, 400 stays, 999 is new.</summary>
    private static IReadOnlyList<CasualtyFigure> Version2(IReadOnlyList<CasualtyFigure> figures) =>
    [
        .. figures.Where(f => f.Value != 300).Select(f => f.Value switch
        {
            100 => f with { Area = "north_gaza" },
            200 => f with { Category = FigureCategory.Injured },
            _ => f,
        }),
        figures[0] with { Value = 999, Rule = "scripted-new" },
    ];

    [Fact]
    public async Task Reextract_NewExtractorVersion_KeepsIdsOfMatchedFigures_ReplacesTheOthers_AndReferencesStayAttached()
    {
        using var pipeline = new PipelineHarness();
        await pipeline.IngestAsync(new IncomingArticle(Text, new DateOnly(2024, 1, 5)));
        await pipeline.Extraction.ProcessPendingAsync(null, CancellationToken.None);
        Dictionary<long, long> before;
        await using (var db = pipeline.CreateDbContext())
        {
            before = await db.Figures.ToDictionaryAsync(f => f.Value, f => f.Id);
            // Stands in for the analysts' review table another part of the app adds: any row holding a Figure.Id.
            await db.Database.ExecuteSqlRawAsync(
                "CREATE TABLE TestReviews (Id INTEGER PRIMARY KEY, FigureId INTEGER NOT NULL REFERENCES Figures(Id) ON DELETE CASCADE, Note TEXT NOT NULL)");
            await db.Database.ExecuteSqlAsync($"INSERT INTO TestReviews (FigureId, Note) VALUES ({before[100]}, 'checked against the ministry statement')");
        }
        pipeline.Extractor.Version = "scripted-2";
        pipeline.Extractor.Revise = Version2;

        var count = await pipeline.Extraction.ReextractStaleAsync(null, CancellationToken.None);

        Assert.Equal(1, count);
        await using var check = pipeline.CreateDbContext();
        var after = await check.Figures.OrderBy(f => f.EvidenceStart).ThenBy(f => f.Value).ToListAsync();
        Assert.Equal([100L, 999L, 200L, 400L], after.Select(f => f.Value));
        Assert.All(after, f => Assert.Equal("scripted-2", f.ExtractorVersion));
        Assert.Equal(before[100], after.Single(f => f.Value == 100).Id);
        Assert.Equal("north_gaza", after.Single(f => f.Value == 100).Area);
        Assert.Equal(before[400], after.Single(f => f.Value == 400).Id);
        Assert.DoesNotContain(after.Single(f => f.Value == 200).Id, before.Values);
        Assert.DoesNotContain(after.Single(f => f.Value == 999).Id, before.Values);
        Assert.DoesNotContain(before[300], after.Select(f => f.Id));
        var reviewed = await check.Database.SqlQuery<long>($"SELECT f.Value AS Value FROM TestReviews r JOIN Figures f ON f.Id = r.FigureId").ToListAsync();
        Assert.Equal([100L], reviewed);
        var article = await check.Articles.SingleAsync();
        Assert.Equal(("scripted-2", ArticleState.Extracted), (article.ExtractorVersion, article.State));
    }

    [Fact]
    public async Task Reextract_FigureNoLongerFound_IsKeptWithItsReview_WhileUnreviewedOnesGo()
    {
        using var pipeline = new PipelineHarness();
        await pipeline.IngestAsync(new IncomingArticle(Text, new DateOnly(2024, 1, 5)));
        await pipeline.Extraction.ProcessPendingAsync(null, CancellationToken.None);
        long reviewed;
        await using (var db = pipeline.CreateDbContext())
        {
            reviewed = await db.Figures.Where(f => f.Value == 300).Select(f => f.Id).SingleAsync();
            db.Set<FigureReview>().Add(new FigureReview { FigureId = reviewed, Decision = ReviewDecision.Accepted, By = "analyst-a", At = DateTime.UtcNow });
            await db.SaveChangesAsync();
        }
        pipeline.Extractor.Version = "scripted-2";
        pipeline.Extractor.Revise = figures => [.. figures.Where(f => f.Value is not (300 or 400))];

        await pipeline.Extraction.ReextractStaleAsync(null, CancellationToken.None);

        await using var check = pipeline.CreateDbContext();
        Assert.Equal([100L, 200L, 300L], await check.Figures.OrderBy(f => f.Value).Select(f => f.Value).ToListAsync());
        var kept = await check.Figures.SingleAsync(f => f.Id == reviewed);
        Assert.Equal("scripted-1", kept.ExtractorVersion);
        Assert.Equal("analyst-a", (await check.Set<FigureReview>().SingleAsync()).By);
    }

    [Fact]
    public async Task Reextract_SameVersion_LeavesArticlesAlone()
    {
        using var pipeline = new PipelineHarness();
        await pipeline.IngestAsync(new IncomingArticle(Text));
        await pipeline.Extraction.ProcessPendingAsync(null, CancellationToken.None);
        var calls = pipeline.Extractor.Calls;

        Assert.Equal(0, await pipeline.Extraction.ReextractStaleAsync(null, CancellationToken.None));
        Assert.Equal(calls, pipeline.Extractor.Calls);
    }

    [Fact]
    public async Task Reextract_NewVersionThrowsOnOneArticle_ItKeepsItsFiguresAndStaysExtracted_OthersMoveOn()
    {
        using var pipeline = new PipelineHarness();
        await pipeline.IngestAsync(new IncomingArticle("خبر 11"), new IncomingArticle("خبر 22"));
        await pipeline.Extraction.ProcessPendingAsync(null, CancellationToken.None);
        await using (var db = pipeline.CreateDbContext())
        {
            // The scripted extractor throws on "FAIL": version 2 then fails on this article.
            await db.Articles.Where(a => a.Text == "خبر 11").ExecuteUpdateAsync(s => s.SetProperty(a => a.Text, "خبر 11 FAIL"));
        }
        pipeline.Extractor.Version = "scripted-2";

        Assert.Equal(1, await pipeline.Extraction.ReextractStaleAsync(null, CancellationToken.None));

        await using var check = pipeline.CreateDbContext();
        var failing = await check.Articles.Include(a => a.Figures).SingleAsync(a => a.Text.Contains("FAIL"));
        Assert.Equal(ArticleState.Extracted, failing.State);
        Assert.Equal("scripted-1", failing.ExtractorVersion);
        Assert.Equal([11L], failing.Figures.Select(f => f.Value));
        var error = Message.FromStored(failing.LastError);
        Assert.Equal(JobMessages.ReextractionFailed, error.Code);
        Assert.Equal("scripted-2", error.Args[0].Value);
        Assert.NotNull(failing.NextAttemptAt);
        Assert.Equal("scripted-2", (await check.Articles.SingleAsync(a => a.Text == "خبر 22")).ExtractorVersion);
    }

    [Fact]
    public async Task ReextractRun_RecordsProgressAndWhatChanged()
    {
        using var pipeline = new PipelineHarness(new() { Extract = new() { BatchSize = 1 } });
        await pipeline.IngestAsync(new IncomingArticle(Text), new IncomingArticle("خبر آخر 7"));
        await pipeline.Extraction.ProcessPendingAsync(null, CancellationToken.None);
        pipeline.Extractor.Version = "scripted-2";
        pipeline.Extractor.Revise = Version2;
        var progress = await pipeline.Tracker.StartAsync("reextract-articles", "manual", CancellationToken.None);

        await pipeline.Extraction.ReextractStaleAsync(progress, CancellationToken.None);
        await pipeline.Tracker.SucceedAsync(progress, CancellationToken.None);

        await using var db = pipeline.CreateDbContext();
        var run = await db.JobRuns.SingleAsync();
        Assert.Equal((2, 2), (run.Processed, run.Total));
        var message = Message.FromStored(run.Message);
        Assert.Equal(JobMessages.Reextracted, message.Code);
        Assert.Equal(["2", "scripted-2", "3", "3", "2", "0"], message.Values());
    }

    [Fact]
    public async Task ProcessPending_ArticleSetBackToPending_KeepsTheIdsOfItsFigures()
    {
        using var pipeline = new PipelineHarness();
        await pipeline.IngestAsync(new IncomingArticle(Text));
        await pipeline.Extraction.ProcessPendingAsync(null, CancellationToken.None);
        List<long> ids;
        await using (var db = pipeline.CreateDbContext())
        {
            ids = await db.Figures.OrderBy(f => f.Id).Select(f => f.Id).ToListAsync();
            await db.Articles.ExecuteUpdateAsync(s => s.SetProperty(a => a.State, ArticleState.Pending));
        }

        await pipeline.Extraction.ProcessPendingAsync(null, CancellationToken.None);

        await using var check = pipeline.CreateDbContext();
        Assert.Equal(ids, await check.Figures.OrderBy(f => f.Id).Select(f => f.Id).ToListAsync());
    }
}
