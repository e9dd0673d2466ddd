using CasualtyDashboard.Data.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CasualtyDashboard.Data;

/// <summary>
/// The dashboard's database, one model for every provider (<see cref="DatabaseProviders"/>). Queries stay provider-neutral
/// LINQ; what differs per engine lives in <c>Providers/</c>. The accounts are ASP.NET Core Identity's tables (users,
/// roles, their claims, logins and tokens) in the same database.
/// </summary>
public sealed class DashboardDbContext(DbContextOptions<DashboardDbContext> options) : IdentityDbContext<IdentityUser>(options)
{
    /// <summary>
    /// Fixed here, not read from the app's <c>IdentityOptions.Stores</c>: the model must be the same with and without the
    /// app's services (design time, tests, the CLI), or the migrations would not match it.
    /// </summary>
    private static readonly Version IdentitySchema = IdentitySchemaVersions.Version2;

    /// <summary>SQL Server keys (clustered) hold 900 bytes: the composite keys of logins and tokens use this many characters per part.</summary>
    public const int IdentityKeyLength = 128;

    public DbSet<Outlet> Outlets => Set<Outlet>();
    public DbSet<Article> Articles => Set<Article>();
    public DbSet<Figure> Figures => Set<Figure>();
    public DbSet<JobRun> JobRuns => Set<JobRun>();
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    protected override Version SchemaVersion => IdentitySchema;

    /// <summary>
    /// SQL Server's collation for the string columns of unique keys: binary, so keys compare as SQLite's and PostgreSQL's
    /// default collations compare them (case, accents, Arabic diacritics and kashida all count), and "AFP" and "afp" or
    /// two spellings of an Arabic outlet stay two rows instead of one failing insert on one engine only.
    /// </summary>
    public const string SqlServerKeyCollation = "Latin1_General_100_BIN2";

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<IdentityUserLogin<string>>(b =>
        {
            b.Property(l => l.LoginProvider).HasMaxLength(IdentityKeyLength);
            b.Property(l => l.ProviderKey).HasMaxLength(IdentityKeyLength);
        });
        modelBuilder.Entity<IdentityUserToken<string>>(b =>
        {
            b.Property(t => t.UserId).HasMaxLength(IdentityKeyLength);
            b.Property(t => t.LoginProvider).HasMaxLength(IdentityKeyLength);
            b.Property(t => t.Name).HasMaxLength(IdentityKeyLength);
        });
        modelBuilder.Entity<IdentityUserRole<string>>(b =>
        {
            b.Property(r => r.UserId).HasMaxLength(IdentityKeyLength);
            b.Property(r => r.RoleId).HasMaxLength(IdentityKeyLength);
        });
        modelBuilder.Entity<IdentityUser>().Property(u => u.Id).HasMaxLength(IdentityKeyLength);
        modelBuilder.Entity<IdentityRole>().Property(r => r.Id).HasMaxLength(IdentityKeyLength);
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
        // Identity's LockoutEnd: stored as UTC DateTime like every other time (SQLite cannot compare DateTimeOffset).
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcDateTimeOffsetConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<UtcDateTimeOffsetConverter>();
    }

    private sealed class UtcDateTimeOffsetConverter() : ValueConverter<DateTimeOffset, DateTime>(
        v => v.UtcDateTime,
        v => new DateTimeOffset(DateTime.SpecifyKind(v, DateTimeKind.Utc)));

    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Local ? v.ToUniversalTime() : DateTime.SpecifyKind(v, DateTimeKind.Utc),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
}
