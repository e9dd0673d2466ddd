using CasualtyDashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CasualtyDashboard.Data;

/// <summary>
/// The dashboard's database, one model for every provider (<see cref="DatabaseProviders"/>). Queries stay provider-neutral
/// LINQ; what differs per engine lives in <c>Providers/</c>.
/// </summary>
public sealed class DashboardDbContext(DbContextOptions<DashboardDbContext> options) : DbContext(options)
{
    public DbSet<Outlet> Outlets => Set<Outlet>();
    public DbSet<Article> Articles => Set<Article>();
    public DbSet<Figure> Figures => Set<Figure>();
    public DbSet<JobRun> JobRuns => Set<JobRun>();

    /// <summary>
    /// SQL Server's collation for the string columns of unique keys: binary, so keys compare as SQLite's and PostgreSQL's
    /// default collations compare them (case, accents, Arabic diacritics and kashida all count), and "AFP" and "afp" or
    /// two spellings of an Arabic outlet stay two rows instead of one failing insert on one engine only.
    /// </summary>
    public const string SqlServerKeyCollation = "Latin1_General_100_BIN2";

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(DashboardDbContext).Assembly);
        if (!Database.IsSqlServer()) return;
        foreach (var property in modelBuilder.Model.GetEntityTypes().SelectMany(e => e.GetIndexes()).Where(i => i.IsUnique)
                     .SelectMany(i => i.Properties).Where(p => p.ClrType == typeof(string)).Distinct())
            property.SetCollation(SqlServerKeyCollation);
    }

    /// <summary>
    /// Every time is UTC (the model has no DateTimeOffset: SQLite cannot order or compare it). Values are marked UTC on
    /// the way in and out, so PostgreSQL's <c>timestamp with time zone</c> takes them and readers never see a local kind.
    /// </summary>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }

    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Local ? v.ToUniversalTime() : DateTime.SpecifyKind(v, DateTimeKind.Utc),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
}
