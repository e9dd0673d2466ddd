using System.Text;
using System.Text.Json.Nodes;
using CasualtyDashboard.Data.Audit;
using CasualtyDashboard.Data.Entities;
using CasualtyDashboard.Jobs.Extraction;
using CasualtyDashboard.Jobs.Ingestion;
using CasualtyDashboard.Jobs.Options;
using CasualtyDashboard.Jobs.Tests.Feeds;
using CasualtyDashboard.Jobs.Tests.Reconciliation;
using CasualtyDashboard.Reconciliation.Reference;
using Microsoft.EntityFrameworkCore;

namespace CasualtyDashboard.Jobs.Tests;

/// <summary>
/// The writes of the Jobs services each leave one audit entry naming the actor with before and after: resolutions and
/// dismissals, feed changes, article and reference imports, "retry failed". The jobs' own writes leave none.
/// </summary>
public sealed class AuditTrailJobsTests
{
    private static async Task<List<AuditEntry>> EntriesAsync(PipelineHarness pipeline)
    {
        await using var db = pipeline.CreateDbContext();
        return await db.Set<AuditEntry>().AsNoTracking().OrderBy(e => e.Id).ToListAsync();
    }

    private static JsonObject Json(string? text) => (JsonObject)JsonNode.Parse(text!)!;

    [Fact]
    public async Task Resolution_AndDismissal_EachRecordOneEntry_NamingTheAnalyst()
    {
        using var harness = new ReconciliationHarness(analyst: "analyst-a");
        var flag = await AnalystDecisionServiceTests.TranscriptionConflictAsync(harness);
        Assert.Empty(await EntriesAsync(harness.Pipeline)); // ingestion by the harness, extraction and reconciliation are not audited

        await harness.Decisions.ResolveAsync(flag.Key, null, 10330, "the bulletin says 10330", CancellationToken.None);
        await harness.Decisions.DismissAsync(flag.Key, "different scope", CancellationToken.None);

        var entries = await EntriesAsync(harness.Pipeline);
        Assert.Equal([AuditActions.ConflictResolve, AuditActions.ConflictDismiss], entries.Select(e => e.Action));
        Assert.All(entries, e => Assert.Equal(("analyst-a", AuditEntities.Conflict, flag.Key), (e.Actor, e.EntityType, e.EntityKey)));
        Assert.Equal("open", (string?)Json(entries[0].Before)["state"]);
        Assert.Equal(("resolved", 10330L, "the bulletin says 10330"),
            ((string?)Json(entries[0].After)["state"], (long)Json(entries[0].After)["value"]!, (string?)Json(entries[0].After)["note"]));
        Assert.Equal(("resolved", "dismissed"), ((string?)Json(entries[1].Before)["state"], (string?)Json(entries[1].After)["state"]));
    }

    [Fact]
    public async Task Resolution_Refused_LeavesNoEntry()
    {
        using var harness = new ReconciliationHarness();
        var flag = await AnalystDecisionServiceTests.TranscriptionConflictAsync(harness);

        await harness.Decisions.ResolveAsync(flag.Key, null, 10330, "  ", CancellationToken.None);
        await harness.Decisions.ResolveAsync("no such key", null, 10330, "note", CancellationToken.None);

        Assert.Empty(await EntriesAsync(harness.Pipeline));
    }

    [Fact]
    public async Task FeedAddDisableDelete_EachRecorded_WithTheChangedFields()
    {
        await using var harness = await FeedHarness.StartAsync();
        var added = await harness.Catalog.AddAsync("https://news.example/rss", "الجزيرة", 30);
        var id = added.FeedId!.Value;

        await harness.Catalog.SetEnabledAsync(id, false);
        await harness.Catalog.SetEnabledAsync(id, false); // no change, no entry
        await harness.Catalog.DeleteAsync(id);

        var entries = await EntriesAsync(harness.Pipeline);
        Assert.Equal([AuditActions.FeedAdd, AuditActions.FeedChange, AuditActions.FeedRemove], entries.Select(e => e.Action));
        Assert.All(entries, e => Assert.Equal((PipelineHarness.AnalystName, AuditEntities.Feed, id.ToString()), (e.Actor, e.EntityType, e.EntityKey)));
        Assert.Null(entries[0].Before);
        Assert.Equal(("https://news.example/rss", "الجزيرة"), ((string?)Json(entries[0].After)["url"], (string?)Json(entries[0].After)["outlet"]));
        Assert.Equal("""{"enabled":true}""", entries[1].Before);
        Assert.Equal("""{"enabled":false}""", entries[1].After);
        Assert.Equal("https://news.example/rss", (string?)Json(entries[2].Before)["url"]);
        Assert.Null(entries[2].After);
    }

    [Fact]
    public async Task ArticleImport_RecordsEachStoringChunk_WithTheChannelAndIds_NotTheFeedOrDemoIngestion()
    {
        using var pipeline = new PipelineHarness();
        await pipeline.IngestAsync(new IncomingArticle("غير مسجل 1")); // the ingestor alone (feeds, demo data): no entry
        var importer = new ArticleImporter(pipeline.Ingestor, Microsoft.Extensions.Options.Options.Create(new ImportOptions { ChunkSize = 2 }));
        var input = new ParsedInput(
            [(1, new IncomingArticle("أ 1")), (2, new IncomingArticle("ب 2")), (3, new IncomingArticle("ج 3")), (4, new IncomingArticle("أ 1"))], []);

        var report = await importer.ImportAsync(input, "api", null, CancellationToken.None);

        var entries = await EntriesAsync(pipeline);
        Assert.Equal(2, entries.Count);
        Assert.All(entries, e => Assert.Equal((AuditActions.ImportArticles, AuditEntities.Articles, PipelineHarness.AnalystName), (e.Action, e.EntityType, e.Actor)));
        var ids = entries.SelectMany(e => Json(e.After)["ids"]!.AsArray().Select(n => (long)n!)).ToList();
        Assert.Equal(report.Items.Where(i => i.Status == IngestStatus.Stored).Select(i => i.ArticleId!.Value), ids);
        Assert.Equal(("api", 2, 0), ((string?)Json(entries[0].After)["channel"], (int)Json(entries[0].After)["stored"]!, (int)Json(entries[0].After)["duplicates"]!));
        Assert.Equal((1, 1), ((int)Json(entries[1].After)["stored"]!, (int)Json(entries[1].After)["duplicates"]!));
        Assert.Equal($"{ids[0]}-{ids[1]}", entries[0].EntityKey);
    }

    [Fact]
    public async Task ReferenceImport_RecordsThePreviousAndNewImport()
    {
        using var harness = new ReconciliationHarness(analyst: "analyst-r");
        const string one = """[{"report_date":"2023-11-06","report_source":"mohtel","report_period":24,"killed_cum":10022}]""";
        const string two = """
            [{"report_date":"2023-11-06","report_source":"mohtel","report_period":24,"killed_cum":10022},
             {"report_date":"2023-11-07","report_source":"mohtel","report_period":24,"killed_cum":10328}]
            """;
        await harness.References.ImportAsync(Encoding.UTF8.GetBytes(one), TfpDataset.Gaza, "a.json", "api", false, CancellationToken.None);
        await harness.References.ImportAsync(Encoding.UTF8.GetBytes(two), TfpDataset.Gaza, "b.json", "api", false, CancellationToken.None);

        var entries = await EntriesAsync(harness.Pipeline);
        Assert.Equal(2, entries.Count);
        Assert.All(entries, e => Assert.Equal((AuditActions.ImportReference, AuditEntities.Reference, "gaza", "analyst-r"), (e.Action, e.EntityType, e.EntityKey, e.Actor)));
        Assert.Null(entries[0].Before);
        Assert.Equal(("a.json", 1), ((string?)Json(entries[1].Before)["source"], (int)Json(entries[1].Before)["claims"]!));
        Assert.Equal(("b.json", 2, "2023-11-07"),
            ((string?)Json(entries[1].After)["source"], (int)Json(entries[1].After)["claims"]!, (string?)Json(entries[1].After)["lastDate"]));
        Assert.False(Json(entries[1].After).ContainsKey("firstDate"), "unchanged fields are left out");
    }

    [Fact]
    public async Task RetryFailed_RecordsHowManyArticlesWentBack()
    {
        using var pipeline = new PipelineHarness(new JobsOptions { Extract = new ExtractJobOptions { MaxAttempts = 1 } });
        await pipeline.IngestAsync(new IncomingArticle("FAIL 7"), new IncomingArticle("FAIL 8"), new IncomingArticle("سليم 9"));
        await pipeline.Extraction.ProcessPendingAsync(null, CancellationToken.None);
        var retrier = new FailedArticleRetrier(pipeline, pipeline.Launcher, pipeline.Updates, pipeline.Audit);

        await retrier.RetryFailedAsync(CancellationToken.None);
        await retrier.RetryFailedAsync(CancellationToken.None); // nothing failed any more: no write, no entry

        var entry = Assert.Single(await EntriesAsync(pipeline));
        Assert.Equal((AuditActions.ArticlesRetry, PipelineHarness.AnalystName), (entry.Action, entry.Actor));
        Assert.Equal(2, (int)Json(entry.After)["articles"]!);
        Assert.Equal(2, Json(entry.After)["ids"]!.AsArray().Count);
        Assert.Equal("failed", (string?)Json(entry.Before)["state"]);
    }
}
