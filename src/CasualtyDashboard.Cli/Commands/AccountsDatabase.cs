using CasualtyDashboard.Data;
using CasualtyDashboard.Data.Accounts;
using CasualtyDashboard.Data.Analysts;
using CasualtyDashboard.Data.Providers;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CasualtyDashboard.Cli.Commands;

/// <summary>
/// The dashboard's database as the account commands (<c>users</c>, <c>keys</c>) use it: found as <c>import</c> finds it
/// (or <c>--db PATH</c> / <c>--connection STRING</c>), migrated first, roles seeded, with the account services on it.
/// The CLI has no sign-in: whoever can run it on the server is the operator, recorded as <c>cli:USER</c>.
/// </summary>
internal static class AccountsDatabase
{
    /// <summary>The connection string from <c>--db</c> or <c>--connection</c> (at most one), else the app's default file.</summary>
    public static string ConnectionString(string? db, string? connection) =>
        ProviderAdapters.Of(DatabaseProvider.Sqlite).PrepareConnectionString(
            connection ?? (db is not null ? new SqliteConnectionStringBuilder { DataSource = db }.ToString() : ImportCommand.DefaultConnectionString()),
            Directory.GetCurrentDirectory());

    /// <summary>The account services on the migrated database; prints which database file is used.</summary>
    public static async Task<ServiceProvider> OpenAsync(string connectionString, TextWriter output)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        // The app's Accounts settings (password length) from the environment, as the app reads them.
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddEnvironmentVariables().Build());
        services.AddDbContextFactory<DashboardDbContext>(o => Data.DependencyInjection.ConfigureSqlite(o, connectionString));
        services.AddSingleton(CurrentAnalyst.Named("cli:" + Environment.UserName));
        services.AddDashboardAccounts();
        var provider = services.BuildServiceProvider();
        await using (var db = await provider.GetRequiredService<IDbContextFactory<DashboardDbContext>>().CreateDbContextAsync())
        {
            output.WriteLine($"database: {db.Database.GetDbConnection().DataSource}");
            await DatabaseUpgrade.MigrateAsync(db, CancellationToken.None);
        }
        await AccountsInitializer.SeedRolesAsync(provider.GetRequiredService<IServiceScopeFactory>(), CancellationToken.None);
        return provider;
    }

    /// <summary>Whether an exception means the database could not be used (printed as one line, exit code 1).</summary>
    public static bool IsUnusable(Exception ex) => ex is SqliteException or DbUpdateException or InvalidOperationException or IOException;
}
