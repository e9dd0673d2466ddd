using System.Globalization;
using CasualtyDashboard.Data.Entities;
using CasualtyDashboard.Extraction;
using CasualtyDashboard.Extraction.Model;
using CasualtyDashboard.Extraction.Schema;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace CasualtyDashboard.E2E.Tests.Ingestion;

/// <summary>
/// SIGKILL in the middle of extraction and of an import, then a restart on the same database: nothing lost, no figure
/// twice, and the work resumes by itself.
/// </summary>
public sealed class RestartSafetyTests(ITestOutputHelper output)
{
    private static readonly Dictionary<string, string> JobsOff = new() { ["Demo:Enabled"] = "false", ["Jobs:Enabled"] = "false" };

    private static readonly Dictionary<string, string> JobsOn = new()
    {
        ["Demo:Enabled"] = "false",
        ["Jobs:Enabled"] = "true",
        ["Jobs:Extract:BatchSize"] = "10",
        // The startup trigger and new data start runs; the cron only backs them up.
        ["Jobs:Extract:Cron"] = "0/5 * * * * ?",
    };

    [Fact]
    public async Task KilledDuringExtraction_RestartResumes_EveryArticleExtractedOnce_NoFigureTwice()
    {
        // Enough that the kill (at the first committed batch of 10) lands with most still pending; 3,000 showed no more
        // than 1,000 does and cost three times the extraction, in the app and again in the check below (decision 087).
        const int count = 1000;
        var folder = Directory.CreateTempSubdirectory("cd-restart-").FullName;
        var database = new AppDatabase(Path.Combine(folder, "casualty.db"));
        try
        {
            await using (var loader = await AppProcess.StartAsync(JobsOff, folder))
            {
                using var api = new ArticleApi(loader.BaseAddress);
                var report = await api.PostJsonLinesAsync(SyntheticArticles.JsonLines(count));
                Assert.Equal(count, report.GetProperty("stored").GetInt32());
            }

            var killed = await AppProcess.StartAsync(JobsOn, folder);
            var atKill = await database.WaitAsync(c => c.Extracted > 0, TimeSpan.FromSeconds(120), pollMilliseconds: 10);
            await killed.KillAsync();
            await killed.DisposeAsync();
            var afterKill = await database.CountsAsync();
            output.WriteLine($"killed with {atKill.Extracted} of {count} extracted ({afterKill.Extracted} committed)");
            Assert.True(afterKill.Extracted < count, $"the kill came too late: all {count} were extracted already");

            var started = DateTime.UtcNow;
            await using var restarted = await AppProcess.StartAsync(JobsOn, folder);
            var done = await database.WaitAsync(c => c.Pending == 0, TimeSpan.FromMinutes(3));
            output.WriteLine($"restart to all extracted: {(DateTime.UtcNow - started).TotalSeconds:F1} s");

            Assert.Equal(count, done.Articles);
            Assert.Equal(count, done.Extracted);
            await AssertFiguresAreTheExtractorsAsync(database, count);
            await using var db = database.Open();
            Assert.Contains(JobRunState.Interrupted, await db.JobRuns.Select(r => r.State).ToListAsync());
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task KilledDuringImport_EachArticleWholeOrAbsent_PostingAgainStoresTheRestAndReportsTheStoredAsDuplicates()
    {
        const int count = 20_000;
        var folder = Directory.CreateTempSubdirectory("cd-restart-").FullName;
        var database = new AppDatabase(Path.Combine(folder, "casualty.db"));
        var settings = new Dictionary<string, string>(JobsOff) { ["Import:ChunkSize"] = "200" };
        var lines = SyntheticArticles.JsonLines(count);
        try
        {
            int storedBeforeKill;
            await using (var app = await AppProcess.StartAsync(settings, folder))
            {
                using var api = new ArticleApi(app.BaseAddress);
                var posting = api.PostJsonLinesAsync(lines);
                await database.WaitAsync(c => c.Articles > 0 || posting.IsCompleted, TimeSpan.FromSeconds(120), pollMilliseconds: 5);
                await app.KillAsync();
                await Assert.ThrowsAnyAsync<Exception>(() => posting); // the answer never came
                storedBeforeKill = (await database.CountsAsync()).Articles;
                output.WriteLine($"killed with {storedBeforeKill} of {count} stored");
                Assert.InRange(storedBeforeKill, 1, count - 1);
            }
            await AssertStoredArticlesAreWholeAsync(database);

            await using (var app = await AppProcess.StartAsync(settings, folder))
            {
                using var api = new ArticleApi(app.BaseAddress);
                var report = await api.PostJsonLinesAsync(lines);

                Assert.Equal(count - storedBeforeKill, report.GetProperty("stored").GetInt32());
                Assert.Equal(storedBeforeKill, report.GetProperty("duplicates").GetInt32());
                Assert.Equal(0, report.GetProperty("rejected").GetInt32());
            }
            Assert.Equal(count, (await database.CountsAsync()).Articles);
            await AssertStoredArticlesAreWholeAsync(database);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Every stored article holds exactly the text, date and URL that was posted under its id, and no id twice.</summary>
    private static async Task AssertStoredArticlesAreWholeAsync(AppDatabase database)
    {
        await using var db = database.Open();
        var stored = await db.Articles.AsNoTracking().Select(a => new { a.ExternalId, a.Text, a.Published, a.Url, Outlet = a.Outlet!.Name }).ToListAsync();
        Assert.Equal(stored.Count, stored.Select(a => a.ExternalId).Distinct().Count());
        foreach (var a in stored)
        {
            var i = int.Parse(a.ExternalId!["syn-".Length..], CultureInfo.InvariantCulture);
            Assert.Equal(SyntheticArticles.Text(i), a.Text);
            Assert.Equal(SyntheticArticles.Published(i), a.Published);
            Assert.Equal($"https://example.org/articles/{i}", a.Url);
            Assert.NotNull(a.Outlet);
        }
    }

    /// <summary>Per article, the stored figures are exactly what the extractor gives for it: none lost, none twice.</summary>
    /// <summary>The synthetic articles (all articles but the demo's) hold exactly the extractor's figures, none twice.</summary>
    internal static async Task AssertFiguresAreTheExtractorsAsync(AppDatabase database, int count)
    {
        var extractor = new ArabicCasualtyExtractor();
        await using var db = database.Open();
        var articles = await db.Articles.AsNoTracking().Where(a => a.ExternalId!.StartsWith("syn-"))
            .Include(a => a.Outlet).Include(a => a.Figures).ToListAsync();
        Assert.Equal(count, articles.Count);
        foreach (var article in articles)
        {
            var expected = extractor.Extract(new ArticleInput(article.Text, article.Published, article.Outlet?.Name, article.ExternalId, article.Title));
            Assert.NotEmpty(expected);
            Assert.Equal(Keys(expected), Keys(article.Figures.Select(f => new CasualtyFigure
            {
                Value = f.Value, Category = f.Category, Subgroup = f.Subgroup, Evidence = f.Evidence, EvidenceStart = f.EvidenceStart,
            })));
        }
    }

    private static List<string> Keys(IEnumerable<CasualtyFigure> figures) =>
        figures.Select(f => $"{f.Value} {f.Category.Code()} {f.Subgroup.Code()} {f.EvidenceStart} {f.Evidence}").Order(StringComparer.Ordinal).ToList();
}
