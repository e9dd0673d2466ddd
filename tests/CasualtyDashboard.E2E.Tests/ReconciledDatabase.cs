using CasualtyDashboard.Data;
using CasualtyDashboard.Data.Entities;
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

    public DashboardDbContext CreateDbContext() =>
        new((DbContextOptions<DashboardDbContext>)Data.DependencyInjection.ConfigureSqlite(
            new DbContextOptionsBuilder<DashboardDbContext>(), $"Data Source={Path.Combine(Folder, "casualty.db")};Pooling=False").Options);

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

        using var service = new ReconciliationService(database, MsOptions.Create(new ReconciliationSettings()), new DashboardUpdates(), TimeProvider.System,
            NullLogger<ReconciliationService>.Instance);
        await service.RunAsync(null, CancellationToken.None);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        return database;
    }

    private static Article Article(DashboardDbContext db, string outlet, string text)
    {
        var article = new Article
        {
            Outlet = new Outlet { Name = outlet }, Text = text, Published = Day, ContentHash = Guid.NewGuid().ToString("N"), Channel = "test",
            State = ArticleState.Extracted, ExtractorVersion = "test", CreatedAt = DateTime.UtcNow,
        };
        db.Articles.Add(article);
        return article;
    }

    private static Figure Figure(Article article, long value, string evidence) => new()
    {
        Article = article, Value = value, Category = FigureCategory.Killed, Subgroup = FigureSubgroup.All, Region = "gaza", Authority = "gaza_moh",
        ReportedOn = Day, Basis = FigureBasis.Cumulative, Since = new DateOnly(2023, 10, 7), Evidence = evidence,
        EvidenceStart = article.Text.IndexOf(evidence, StringComparison.Ordinal), EvidenceLength = evidence.Length, Rule = "test", ExtractorVersion = "test",
        CreatedAt = DateTime.UtcNow,
    };
}
