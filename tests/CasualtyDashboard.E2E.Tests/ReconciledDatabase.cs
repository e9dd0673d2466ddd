using CasualtyDashboard.Data;
using CasualtyDashboard.Data.Entities;
using CasualtyDashboard.E2E.Tests.Ingestion;
using CasualtyDashboard.Extraction.Model;
using CasualtyDashboard.Jobs;
using CasualtyDashboard.Jobs.Reconciliation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using MsOptions = Microsoft.Extensions.Options.Options;

namespace CasualtyDashboard.E2E.Tests;

/// <summary>
/// Prepares the SQLite file an app will start on: migrated, two outlets quoting the Gaza ministry's toll for one day with
/// different values (a transcription conflict), reconciled by the real service before the app starts.
/// </summary>
public sealed class ReconciledDatabase(string folder) : IDbContextFactory<DashboardDbContext>
{
    public static readonly DateOnly Day = new(2023, 11, 7);

    public string Folder { get; } = folder;

    public DashboardDbContext CreateDbContext() => new AppDatabase(Path.Combine(Folder, "casualty.db")).Open();

    public static async Task<ReconciledDatabase> CreateWithTranscriptionConflictAsync()
    {
        var database = new ReconciledDatabase(Directory.CreateTempSubdirectory("cd-e2e-").FullName);
        await using (var db = database.CreateDbContext())
        {
            await db.Database.MigrateAsync();
            db.Figures.AddRange(
                Figure(Article(db, "BBC Arabic", "أعلنت وزارة الصحة في غزة ارتفاع حصيلة الشهداء إلى 10328 شهيدا"), 10328, "ارتفاع حصيلة الشهداء إلى 10328 شهيدا"),
                Figure(Article(db, "RT Arabic", "قالت وزارة الصحة في غزة إن الحصيلة ارتفعت إلى 10238 شهيدا"), 10238, "الحصيلة ارتفعت إلى 10238 شهيدا"));
            await db.SaveChangesAsync();
        }

        return await ReconciledAsync(database);
    }

    /// <summary>
    /// Two news sources reporting the Gaza ministry's and UN OCHA's cumulative toll every day for <paramref name="days"/> days
    /// (Al Jazeera quoting one, BBC Arabic the other): past <c>DashboardFigureBuilder.MarkerBudget</c> markers at 800 days, so
    /// the dashboard folds both into the legend (decision 067).
    /// </summary>
    public static async Task<ReconciledDatabase> CreateWithDailyNewsReportsAsync(int days)
    {
        var database = new ReconciledDatabase(Directory.CreateTempSubdirectory("cd-e2e-").FullName);
        await using (var db = database.CreateDbContext())
        {
            await db.Database.MigrateAsync();
            var (jazeera, bbc) = (new Outlet { Name = "Al Jazeera" }, new Outlet { Name = "BBC Arabic" });
            var first = new DateOnly(2023, 10, 8);
            for (var d = 0; d < days; d++)
            {
                var day = first.AddDays(d);
                var value = 1000 + (40 * d);
                var said = string.Format(System.Globalization.CultureInfo.InvariantCulture, "ارتفعت حصيلة الشهداء إلى {0} شهيدا", value);
                db.Figures.Add(Figure(Article(db, jazeera, said, day), value, said, day, "gaza_moh"));
                db.Figures.Add(Figure(Article(db, bbc, said, day), value, said, day, "un_ocha"));
            }
            await db.SaveChangesAsync();
        }

        return await ReconciledAsync(database);
    }

    /// <summary>
    /// One news source reporting the Gaza ministry's cumulative toll on <paramref name="before"/> days in a row, then, after
    /// <paramref name="gap"/> days without a report, on <paramref name="before"/> more: the daily view's step over the gap
    /// is <paramref name="gap"/> + 1 days long.
    /// </summary>
    public static async Task<ReconciledDatabase> CreateWithAGapInTheReportsAsync(int before, int gap)
    {
        var database = new ReconciledDatabase(Directory.CreateTempSubdirectory("cd-e2e-").FullName);
        await using (var db = database.CreateDbContext())
        {
            await db.Database.MigrateAsync();
            var outlet = new Outlet { Name = "Al Jazeera" };
            var first = new DateOnly(2024, 3, 1);
            foreach (var d in Enumerable.Range(0, before).Concat(Enumerable.Range(before + gap, before)))
            {
                var day = first.AddDays(d);
                var value = 2000 + (25 * d);
                var said = string.Format(System.Globalization.CultureInfo.InvariantCulture, "بلغ عدد الشهداء {0} شهيدا حتى اليوم", value);
                db.Figures.Add(Figure(Article(db, outlet, said, day), value, said, day, "gaza_moh"));
            }
            await db.SaveChangesAsync();
        }

        return await ReconciledAsync(database);
    }

    /// <summary>Runs the reconciliation over what the database holds, as the app's job does, and releases the file.</summary>
    private static async Task<ReconciledDatabase> ReconciledAsync(ReconciledDatabase database)
    {
        using var service = new ReconciliationService(database, MsOptions.Create(new ReconciliationSettings()), new DashboardUpdates(), TimeProvider.System,
            NullLogger<ReconciliationService>.Instance);
        await service.RunAsync(null, CancellationToken.None);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        return database;
    }

    private static Article Article(DashboardDbContext db, string outlet, string text) => Article(db, new Outlet { Name = outlet }, text, Day);

    private static Article Article(DashboardDbContext db, Outlet outlet, string text, DateOnly day)
    {
        var article = new Article
        {
            Outlet = outlet, Text = text, Published = day, ContentHash = Guid.NewGuid().ToString("N"), Channel = "test",
            State = ArticleState.Extracted, ExtractorVersion = "test", CreatedAt = DateTime.UtcNow,
        };
        db.Articles.Add(article);
        return article;
    }

    private static Figure Figure(Article article, long value, string evidence) => Figure(article, value, evidence, Day, "gaza_moh");

    private static Figure Figure(Article article, long value, string evidence, DateOnly day, string authority) => new()
    {
        Article = article, Value = value, Category = FigureCategory.Killed, Subgroup = FigureSubgroup.All, Region = "gaza", Authority = authority,
        ReportedOn = day, Basis = FigureBasis.Cumulative, Since = new DateOnly(2023, 10, 7), Evidence = evidence,
        EvidenceStart = article.Text.IndexOf(evidence, StringComparison.Ordinal), EvidenceLength = evidence.Length, Rule = "test", ExtractorVersion = "test",
        CreatedAt = DateTime.UtcNow,
    };
}
