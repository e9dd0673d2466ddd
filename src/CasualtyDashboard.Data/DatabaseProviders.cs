using CasualtyDashboard.Data.Providers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace CasualtyDashboard.Data;

/// <summary>
/// The one place a provider is chosen: the <c>Use*</c> call and the migrations assembly that belongs to it
/// (one model, one migrations set per provider). The app, the CLI, the tests and <c>dotnet ef</c> all come through here.
/// </summary>
public static class DatabaseProviders
{
    /// <summary>The assembly holding <paramref name="provider"/>'s migrations (a project of the same name under src/).</summary>
    public static string MigrationsAssemblyOf(DatabaseProvider provider) => $"CasualtyDashboard.Data.Migrations.{provider}";

    /// <summary><c>Database:Provider</c>, <see cref="DatabaseProvider.Sqlite"/> when absent; an unknown name fails with the accepted ones.</summary>
    public static DatabaseProvider ReadProvider(IConfiguration configuration)
    {
        var value = configuration[$"{DatabaseOptions.SectionName}:{nameof(DatabaseOptions.Provider)}"];
        return Parse(value);
    }

    /// <summary>Parses a provider name (case ignored); null or empty means SQLite.</summary>
    public static DatabaseProvider Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return DatabaseProvider.Sqlite;
        return Enum.TryParse<DatabaseProvider>(value.Trim(), ignoreCase: true, out var provider) && Enum.IsDefined(provider)
            ? provider
            : throw new InvalidOperationException(
                $"Database:Provider is '{value}'; use one of {string.Join(", ", Enum.GetNames<DatabaseProvider>())}.");
    }

    /// <summary>Configures <paramref name="options"/> for <paramref name="provider"/> with its migrations assembly.</summary>
    public static DbContextOptionsBuilder Configure(
        DbContextOptionsBuilder options, DatabaseProvider provider, string connectionString, int commandTimeoutSeconds = 60)
    {
        var migrations = MigrationsAssemblyOf(provider);
        options.ReplaceService<Microsoft.EntityFrameworkCore.Migrations.IMigrationsIdGenerator, MigrationIds>();
        return provider switch
        {
            DatabaseProvider.Sqlite => options.UseSqlite(connectionString, s => s.CommandTimeout(commandTimeoutSeconds).MigrationsAssembly(migrations))
                .AddInterceptors(Providers.SqlitePoolReset.Instance, Providers.SqliteSynchronousNormal.Instance),
            DatabaseProvider.SqlServer => options.UseSqlServer(connectionString, s => s.CommandTimeout(commandTimeoutSeconds).MigrationsAssembly(migrations)),
            DatabaseProvider.PostgreSql => options.UseNpgsql(connectionString, s => s.CommandTimeout(commandTimeoutSeconds).MigrationsAssembly(migrations)),
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, null),
        };
    }

    /// <summary>The options of a context on <paramref name="provider"/> (tests, CLI, benchmarks).</summary>
    public static DbContextOptions<DashboardDbContext> OptionsFor(DatabaseProvider provider, string connectionString, int commandTimeoutSeconds = 60) =>
        (DbContextOptions<DashboardDbContext>)Configure(new DbContextOptionsBuilder<DashboardDbContext>(), provider, connectionString, commandTimeoutSeconds).Options;

    /// <summary>The adapter of <paramref name="provider"/>: the only code that writes raw SQL for it.</summary>
    public static IProviderAdapter AdapterOf(DatabaseProvider provider) => ProviderAdapters.Of(provider);
}
