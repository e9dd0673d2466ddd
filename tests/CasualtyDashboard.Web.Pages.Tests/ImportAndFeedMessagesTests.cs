using System.Runtime.CompilerServices;
using Bunit;
using CasualtyDashboard.Data;
using CasualtyDashboard.Data.Analysts;
using CasualtyDashboard.Data.Entities;
using CasualtyDashboard.Data.Queries;
using CasualtyDashboard.Jobs;
using CasualtyDashboard.Jobs.Feeds;
using CasualtyDashboard.Jobs.Ingestion;
using CasualtyDashboard.Jobs.Options;
using CasualtyDashboard.Reconciliation.Messages;
using CasualtyDashboard.Web.Components.Pages;
using CasualtyDashboard.Web.Services;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace CasualtyDashboard.Web.Pages.Tests;

/// <summary>The Import report's reasons and the Feeds page's errors are worded in the interface language (issue 12).</summary>
public sealed class ImportAndFeedMessagesTests : ComponentTest
{
    public ImportAndFeedMessagesTests()
    {
        Services.AddScoped<MessageText>();
        Services.AddSingleton(new DashboardUpdates());
    }

    [Fact]
    public async Task Import_InArabic_ShowsARejectedLinesReasonInArabic()
    {
        using var _ = Strings.Language("ar");
        var options = Microsoft.Extensions.Options.Options.Create(new ImportOptions());
        // A file whose every line is rejected stores nothing: the ingestor and the figure count are never reached.
        Services.AddSingleton(new ImportPageService(new ArticleFileReader(options), new ArticleImporter(Unused<ArticleIngestor>(), options),
            Unused<FigureGridQuery>(), Strings.Localizer, CurrentAnalyst.Named("pages-test")));
        var page = Render<Import>();

        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText("{\"published\":\"2024-01-01\"}\n", "a.jsonl"));
        await page.Find("[data-testid=import-start]").ClickAsync(new());

        var reason = page.WaitForElement("[data-testid=report-reason]").TextContent;
        Assert.Contains("السطر", reason, StringComparison.Ordinal);
        Assert.Contains("الحقل «\u2068text\u2069» غائب أو فارغ", reason, StringComparison.Ordinal);
        Assert.DoesNotContain("missing", reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Feeds_InArabic_ShowsAFeedsErrorAndOutcomeInArabic_AndAnErrorStoredBeforeCodesAsItWas()
    {
        var factory = await DatabaseAsync();
        var error = Message.Of(FeedMessages.FetchFailed, MessageArg.Of(Message.Of(FeedMessages.Http, MessageArg.Number(404), MessageArg.Text("Not Found"))));
        await using (var db = await factory.CreateDbContextAsync())
        {
            db.Add(new Feed { Url = "https://news.example/rss", OutletName = "وكالة", LastError = error.ToStored(), LastOutcome = FeedPollResult.Failure(error).ToStored() });
            db.Add(new Feed { Url = "https://old.example/rss", OutletName = "قديمة", LastError = "Fetching the feed failed: HTTP 500 Internal Server Error" });
            await db.SaveChangesAsync();
        }
        Services.AddSingleton(new FeedQueries(factory));
        Services.AddSingleton(Unused<FeedCatalog>());
        using var _ = Strings.Language("ar");

        var page = Render<Feeds>();

        var errors = page.WaitForElements("[data-testid=feed-error]", TimeSpan.FromSeconds(10)).Select(e => e.TextContent).ToList();
        var coded = Assert.Single(errors, e => e.Contains("404", StringComparison.Ordinal));
        // The failed poll's outcome carries the error, so the error is written once, under "failed".
        Assert.Equal("فشل: فشل جلب الخلاصة: ردّ الخادم بالرمز \u2066404\u2069 (\u2068Not Found\u2069)", coded);
        Assert.Contains("Fetching the feed failed: HTTP 500 Internal Server Error", errors);
        Assert.Empty(page.FindAll("[data-testid=feed-outcome]"));
    }

    /// <summary>A service the page injects but this test never calls.</summary>
    private static T Unused<T>() where T : class => (T)RuntimeHelpers.GetUninitializedObject(typeof(T));

    /// <summary>A database in memory, kept while the context's services live (they dispose its last connection).</summary>
    private async Task<IDbContextFactory<DashboardDbContext>> DatabaseAsync()
    {
        var name = $"Data Source=file:pages-{Guid.NewGuid():N}?mode=memory&cache=shared";
        var keepAlive = new SqliteConnection(name);
        keepAlive.Open();
        Services.AddSingleton(_ => keepAlive);
        var options = CasualtyDashboard.Data.DependencyInjection.ConfigureSqlite(new DbContextOptionsBuilder<DashboardDbContext>(), name);
        var factory = new PooledDbContextFactory<DashboardDbContext>((DbContextOptions<DashboardDbContext>)options.Options);
        await using var db = await factory.CreateDbContextAsync();
        await DatabaseUpgrade.MigrateAsync(db, CancellationToken.None);
        return factory;
    }
}
