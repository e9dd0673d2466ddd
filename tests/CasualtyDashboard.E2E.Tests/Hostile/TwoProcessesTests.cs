using System.Net;
using CasualtyDashboard.Data.Entities;
using CasualtyDashboard.E2E.Tests.Ingestion;
using CasualtyDashboard.Extraction;
using CasualtyDashboard.Extraction.Model;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace CasualtyDashboard.E2E.Tests.Hostile;

/// <summary>Two real app processes on one SQLite file, started at the same moment.</summary>
public sealed class TwoProcessesTests(ITestOutputHelper output)
{
    [Fact]
    public async Task TwoProcessesStartingTogetherOnOneFile_LoadTheDemoOnce_AndExtractEveryArticleExactlyOnce()
    {
        var folder = Directory.CreateTempSubdirectory("cd-two-").FullName;
        var settings = new Dictionary<string, string> { ["Demo:Enabled"] = "true", ["Jobs:Enabled"] = "true", ["Jobs:Extract:BatchSize"] = "25" };
        var started = await Task.WhenAll(AppProcess.StartAsync(settings, folder), AppProcess.StartAsync(settings, folder));
        await using var first = started[0];
        await using var second = started[1];
        var database = new AppDatabase(first.DatabasePath);
        // One of them loaded the demo articles, the other found them (its start waited for the first one's).
        var demo = (await database.CountsAsync()).Articles;
        Assert.True(demo > 0);
        Assert.Single(new[] { first.Output, second.Output }, o => o.Contains($"Loaded {demo} demo articles", StringComparison.Ordinal));

        // Half the articles to each process, in concurrent posts, so both extract at once.
        const int count = 400;
        using var toFirst = new ArticleApi(first.BaseAddress);
        using var toSecond = new ArticleApi(second.BaseAddress);
        var posts = Enumerable.Range(0, 8).Select(chunk =>
        {
            var lines = SyntheticArticles.JsonLines(count / 8, from: chunk * count / 8);
            return (chunk % 2 == 0 ? toFirst : toSecond).PostJsonLinesAsync(lines);
        });
        await Task.WhenAll(posts);
        var counts = await database.WaitAsync(c => c.Pending == 0 && c.Articles == demo + count, TimeSpan.FromMinutes(3));

        await using var db = database.Open();
        var articles = await db.Articles.AsNoTracking().Include(a => a.Outlet).ToListAsync();
        var extractor = new ArabicCasualtyExtractor();
        var expected = articles.Sum(a => extractor.Extract(new ArticleInput(a.Text, a.Published, a.Outlet?.Name, a.ExternalId, a.Title)).Count);
        var duplicated = await db.Figures.GroupBy(f => new { f.ArticleId, f.EvidenceStart, f.EvidenceLength, f.Rule, f.Category, f.Subgroup, f.Value })
            .Where(g => g.Count() > 1).CountAsync();
        output.WriteLine($"{counts.Articles} articles, {counts.Figures} figures (the extractor gives {expected})");
        Assert.Equal(0, duplicated);
        Assert.Equal(ArticleState.Extracted, Assert.Single(articles.Select(a => a.State).Distinct()));
        Assert.Equal(expected, counts.Figures);
        using var http = new HttpClient();
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(new Uri(first.BaseAddress, "health"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(new Uri(second.BaseAddress, "health"))).StatusCode);
        Assert.DoesNotContain("Unhandled exception", first.Output + second.Output);
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
    }
}
