using CasualtyDashboard.Data;
using CasualtyDashboard.Data.Analysts;
using CasualtyDashboard.Data.Audit;
using CasualtyDashboard.Jobs.Extraction;
using CasualtyDashboard.Jobs.Ingestion;
using CasualtyDashboard.Jobs.Options;
using CasualtyDashboard.Jobs.Scheduling;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace CasualtyDashboard.Jobs.Tests;

/// <summary>Ingestion and extraction services over a real, migrated database (a SQLite file unless given another), with scheduling off.</summary>
public sealed class PipelineHarness : IDisposable, IDbContextFactory<DashboardDbContext>
{
    private readonly string _folder = Directory.CreateTempSubdirectory("cd-jobs-").FullName;
    private readonly string _connectionString;
    private readonly IDbContextFactory<DashboardDbContext>? _database;

    /// <param name="database">Another database (PostgreSQL); <paramref name="sqliteFile"/> another SQLite file (shared by two harnesses).</param>
    public PipelineHarness(JobsOptions? options = null, IDbContextFactory<DashboardDbContext>? database = null, string? sqliteFile = null)
    {
        _database = database;
        _connectionString = $"Data Source={sqliteFile ?? Path.Combine(_folder, "casualty.db")};Pooling=False";
        using (var db = CreateDbContext()) db.Database.Migrate();
        Options = options ?? new JobsOptions();
        Launcher = new JobLauncher([]);
        Audit = new AuditTrail(CurrentAnalyst.Named(AnalystName), Clock);
        Ingestor = new ArticleIngestor(this, Launcher, Updates, Audit, Clock);
        Tracker = new JobRunTracker(this, Updates, Clock);
        Extraction = new ArticleExtractionService(this, Extractor, Microsoft.Extensions.Options.Options.Create(Options), Updates, Clock,
            NullLogger<ArticleExtractionService>.Instance);
    }

    /// <summary>Who the audit trail records writes as.</summary>
    public const string AnalystName = "harness-analyst";

    public AuditTrail Audit { get; }
    public ManualClock Clock { get; } = new(new DateTimeOffset(2024, 11, 1, 12, 0, 0, TimeSpan.Zero));
    public ScriptedExtractor Extractor { get; } = new();
    public DashboardUpdates Updates { get; } = new();
    public JobsOptions Options { get; }
    public JobLauncher Launcher { get; }
    public ArticleIngestor Ingestor { get; }
    public JobRunTracker Tracker { get; }
    public ArticleExtractionService Extraction { get; }

    public DashboardDbContext CreateDbContext() => _database?.CreateDbContext() ??
        new((DbContextOptions<DashboardDbContext>)CasualtyDashboard.Data.DependencyInjection.ConfigureSqlite(new DbContextOptionsBuilder<DashboardDbContext>(), _connectionString).Options);

    public Task<IReadOnlyList<IngestItemResult>> IngestAsync(params IncomingArticle[] articles) =>
        Ingestor.IngestAsync(articles.Select((a, i) => (i + 1, a)).ToList(), "test", CancellationToken.None);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
