using System.Diagnostics;
using CasualtyDashboard.Data;
using CasualtyDashboard.Data.Entities;
using CasualtyDashboard.Extraction.Model;
using CasualtyDashboard.Extraction.Schema;
using CasualtyDashboard.Jobs;
using CasualtyDashboard.Jobs.Reconciliation;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using MsOptions = Microsoft.Extensions.Options.Options;

namespace CasualtyDashboard.Benchmarks;

/// <summary>
/// `-- reconcile-db [claims]`: the reconcile job's service end to end on a real SQLite file holding that many synthetic
/// figures (the shapes of <see cref="ReconciliationBenchmarks.SyntheticClaims"/>): read, reconcile, replace the stored
/// output. Runs twice (the second run also replaces the first's output) and prints each run's parts.
/// </summary>
public static class ReconcileJobMeasurement
{
    public static async Task<int> RunAsync(int count)
    {
        var folder = Directory.CreateTempSubdirectory("cd-reconcile-").FullName;
        var database = new Factory($"Data Source={Path.Combine(folder, "casualty.db")};Pooling=False");
        try
        {
            var seeding = Stopwatch.StartNew();
            await SeedAsync(database, count);
            Console.WriteLine($"Seeded {count:N0} figures in {seeding.Elapsed.TotalSeconds:0.0} s ({new FileInfo(Path.Combine(folder, "casualty.db")).Length / 1048576.0:N0} MiB)");
            using var service = new ReconciliationService(database, MsOptions.Create(new ReconciliationSettings()), new DashboardUpdates(), TimeProvider.System,
                NullLogger<ReconciliationService>.Instance);
            for (var run = 1; run <= 2; run++)
            {
                var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
                var summary = await service.RunAsync(null, CancellationToken.None);
                using var process = Process.GetCurrentProcess();
                Console.WriteLine($"Run {run}: {summary}; CPU {(process.TotalProcessorTime - cpuBefore).TotalSeconds:0.0} s; peak working set {process.PeakWorkingSet64 / 1048576.0:N0} MiB");
            }

            return 0;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>
    /// One article per day and outlet, one figure per synthetic claim. <paramref name="provenance"/>: articles get URLs and
    /// figures a sentence-length evidence (for the exports); otherwise the evidence is one word.
    /// </summary>
    internal static async Task SeedAsync(Factory database, int count, bool provenance = false)
    {
        await using (var db = database.CreateDbContext())
        {
            await db.Database.MigrateAsync();
            await Data.Providers.ProviderAdapters.For(db).AfterMigrateAsync(db, CancellationToken.None);
        }

        var claims = ReconciliationBenchmarks.SyntheticClaims(count);
        var articles = new Dictionary<(DateOnly, string), Article>();
        var outlets = new Dictionary<string, Outlet>();
        await using (var db = database.CreateDbContext())
        {
            foreach (var claim in claims)
            {
                var outletName = claim.Outlet ?? "unknown";
                if (!articles.ContainsKey((claim.ReportedOn, outletName)))
                {
                    if (!outlets.TryGetValue(outletName, out var outlet)) outlets[outletName] = outlet = new Outlet { Name = outletName };
                    articles[(claim.ReportedOn, outletName)] = new Article
                    {
                        Outlet = outlet, Text = "synthetic", Published = claim.ReportedOn, ContentHash = $"{claim.ReportedOn:yyyyMMdd}-{outletName}",
                        Url = provenance ? $"https://example.org/{claim.ReportedOn:yyyyMMdd}/{Uri.EscapeDataString(outletName)}" : null,
                        State = ArticleState.Extracted, ExtractorVersion = "synthetic", CreatedAt = DateTime.UtcNow,
                    };
                }
            }

            db.AddRange(articles.Values);
            await db.SaveChangesAsync();
        }

        foreach (var chunk in claims.Chunk(20_000))
        {
            await using var db = database.CreateDbContext();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            db.AddRange(chunk.Select(c => new Figure
            {
                ArticleId = articles[(c.ReportedOn, c.Outlet ?? "unknown")].Id,
                Value = c.Value,
                Qualifier = FigureQualifier.Exact,
                Category = SchemaCodes.TryParseCategory(c.SeriesKey.Category, out var category) ? category : FigureCategory.Killed,
                Subgroup = SchemaCodes.TryParseSubgroup(c.SeriesKey.Subgroup, out var subgroup) ? subgroup : FigureSubgroup.All,
                Region = c.SeriesKey.Region,
                Authority = c.Authority,
                ReportedOn = c.ReportedOn,
                Basis = SchemaCodes.TryParseBasis(c.SeriesKey.Basis, out var basis) ? basis : FigureBasis.Cumulative,
                Since = c.SeriesKey.Since,
                Evidence = provenance ? $"{c.Authority} said {c.Value} people were {c.SeriesKey.Category}" : c.Evidence,
                Rule = "synthetic",
                ExtractorVersion = "synthetic",
                CreatedAt = DateTime.UtcNow,
            }));
            await db.SaveChangesAsync();
        }
    }

    /// <summary>Contexts on one SQLite file, configured as the app configures them (the benchmarks' shared factory).</summary>
    internal sealed class Factory(string connectionString) : IDbContextFactory<DashboardDbContext>
    {
        private readonly DbContextOptions<DashboardDbContext> _options =
            (DbContextOptions<DashboardDbContext>)Data.DependencyInjection.ConfigureSqlite(new DbContextOptionsBuilder<DashboardDbContext>(), connectionString).Options;

        public DashboardDbContext CreateDbContext() => new(_options);
    }
}
