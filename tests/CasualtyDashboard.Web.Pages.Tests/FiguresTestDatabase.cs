using CasualtyDashboard.Data;
using CasualtyDashboard.Data.Entities;
using CasualtyDashboard.Extraction.Model;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace CasualtyDashboard.Web.Pages.Tests;

/// <summary>
/// A SQLite database in memory, migrated as the app's, with <c>figures</c> killed figures in Gaza (values 100 up, dates
/// over 30 days); it lives while <c>KeepAlive</c> is open.
/// </summary>
internal static class FiguresTestDatabase
{
    public static async Task<(IDbContextFactory<DashboardDbContext> Factory, SqliteConnection KeepAlive)> CreateAsync(int figures, params IInterceptor[] interceptors)
    {
        var name = $"Data Source=file:figures-{Guid.NewGuid():N}?mode=memory&cache=shared";
        var keepAlive = new SqliteConnection(name);
        keepAlive.Open();
        var options = CasualtyDashboard.Data.DependencyInjection.ConfigureSqlite(new DbContextOptionsBuilder<DashboardDbContext>(), name).AddInterceptors(interceptors);
        var factory = new PooledDbContextFactory<DashboardDbContext>((DbContextOptions<DashboardDbContext>)options.Options);
        await using var db = await factory.CreateDbContextAsync();
        await DatabaseUpgrade.MigrateAsync(db, CancellationToken.None);
        var article = new Article { Text = "نص", ContentHash = "h", CreatedAt = DateTime.UtcNow, Url = "https://example.org/a" };
        db.AddRange(Enumerable.Range(0, figures).Select(i => new Figure
        {
            Article = article, Value = 100 + i, Qualifier = FigureQualifier.Exact, Category = FigureCategory.Killed, Subgroup = FigureSubgroup.All,
            Region = "gaza", Authority = "gaza_moh", ReportedOn = new DateOnly(2024, 1, 1).AddDays(i % 30), Basis = FigureBasis.Cumulative,
            Evidence = "ن", EvidenceStart = 0, EvidenceLength = 1, Rule = "test", ExtractorVersion = "t", CreatedAt = DateTime.UtcNow,
        }));
        await db.SaveChangesAsync();
        return (factory, keepAlive);
    }
}
