using System.Text;
using CasualtyDashboard.Data.Entities;
using CasualtyDashboard.E2E.Tests.Pages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace CasualtyDashboard.E2E.Tests.Ingestion;

public sealed class IngestionPagesTests(IngestionAppFixture fixture) : IClassFixture<IngestionAppFixture>, IDisposable
{
    private readonly string _files = Directory.CreateTempSubdirectory("cd-upload-").FullName;

    private string Write(string name, string content)
    {
        var path = Path.Combine(_files, name);
        File.WriteAllText(path, content, new UTF8Encoding(false));
        return path;
    }

    [Fact]
    public async Task Upload_JsonLinesWithABadLine_AndCsv_ReportEachLine_AndAgainReportsDuplicates()
    {
        var page = await fixture.Browser.NewSignedInPageAsync(fixture.App.BaseAddress);
        var import = new ImportPage(page);
        var jsonl = Write("articles.jsonl", SyntheticArticles.Line(101) + "\n{\"text\": broken\n" + SyntheticArticles.Line(102) + "\n");
        var csv = Write("articles.csv", "text,published,outlet,url\n\"قتل 5 أشخاص، وأصيب 3 في غزة\",2024-01-02,وكالة,https://example.org/csv/1\nأصيب 7, في جنين,2024-01-03,وكالة,\n");
        await import.OpenAsync(fixture.App.BaseAddress);

        await import.UploadAsync(jsonl);
        await Assertions.Expect(import.Summary).ToContainTextAsync("articles.jsonl: 2 stored, 0 duplicates, 1 rejected", new() { Timeout = 30_000 });
        await Assertions.Expect(import.Report).ToContainTextAsync(Shown.Message("Line 2: not valid JSON"));

        await import.UploadAsync(csv);
        await Assertions.Expect(import.Summary).ToContainTextAsync("articles.csv: 1 stored, 0 duplicates, 1 rejected", new() { Timeout = 30_000 });
        await import.ShowAsync("Rejected");
        await Assertions.Expect(import.Report).ToContainTextAsync(Shown.Message("Line 3: 5 fields where the header has 4"));
        await Assertions.Expect(import.Report).Not.ToContainTextAsync("Stored");
        await Screenshots.SaveAsync(page, "import-report-en");

        await import.UploadAsync(jsonl);
        await Assertions.Expect(import.Summary).ToContainTextAsync("articles.jsonl: 0 stored, 2 duplicates, 1 rejected", new() { Timeout = 30_000 });

        // In Arabic, the rejected line's reason is Arabic too (the JSON reader's own words stay as they are).
        await page.GetByTestId("lang-ar").ClickAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "rtl", new() { Timeout = 20_000 });
        await page.Locator("[data-testid=import-form][data-interactive=true]").WaitForAsync(new() { Timeout = 60_000 });
        await import.UploadAsync(csv);
        await Assertions.Expect(import.Report).ToContainTextAsync("حقول بينما في صف العناوين", new() { Timeout = 30_000 });
        await Assertions.Expect(import.Report).ToContainTextAsync("المقال نفسه");
        await Screenshots.SaveAsync(page, "import-report-ar");

        await using var db = fixture.Database.Open();
        Assert.Equal(3, await db.Articles.CountAsync(a => a.Channel == "upload"));
    }

    [Fact]
    public async Task RetryFailed_PutsFailedArticlesBackAndTheExtractJobExtractsThem()
    {
        using var api = new ArticleApi(fixture.App.BaseAddress);
        var report = await api.PostJsonLinesAsync(SyntheticArticles.JsonLines(3, from: 201));
        var ids = report.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("articleId").GetInt64()).ToList();
        await fixture.Database.WaitAsync(c => c.Pending == 0, TimeSpan.FromSeconds(60));
        await using (var db = fixture.Database.Open())
            await db.Articles.Where(a => ids.Take(2).Contains(a.Id)).ExecuteUpdateAsync(s => s
                .SetProperty(a => a.State, ArticleState.Failed).SetProperty(a => a.Attempts, 3).SetProperty(a => a.LastError, "TimeoutException: stand-in failure"));
        var page = await fixture.Browser.NewSignedInPageAsync(fixture.App.BaseAddress);
        var jobs = new JobsPage(page);
        await jobs.OpenAsync(fixture.App.BaseAddress);
        await Assertions.Expect(jobs.FailedArticles).ToHaveTextAsync("2");
        await Assertions.Expect(jobs.FailedGrid).ToContainTextAsync("TimeoutException: stand-in failure");
        await Screenshots.SaveAsync(page, "jobs-failed-en");

        await jobs.RetryFailedAsync();

        await Assertions.Expect(jobs.Message).ToContainTextAsync("2 failed articles are pending again");
        await Assertions.Expect(jobs.FailedArticles).ToHaveTextAsync("0");
        await fixture.Database.WaitAsync(c => c.Pending == 0, TimeSpan.FromSeconds(60));
        await using (var db = fixture.Database.Open())
        {
            var states = await db.Articles.Where(a => ids.Contains(a.Id)).Select(a => new { a.State, a.Attempts }).ToListAsync();
            Assert.All(states, s => Assert.Equal((ArticleState.Extracted, 0), (s.State, s.Attempts)));
        }
        await jobs.FilterAsync("Succeeded");
        await Assertions.Expect(jobs.Runs).ToContainTextAsync("retry", new() { Timeout = 30_000 });
        await Assertions.Expect(jobs.Runs).Not.ToContainTextAsync("Running");
    }

    public void Dispose() => Directory.Delete(_files, recursive: true);
}
