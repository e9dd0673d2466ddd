using CasualtyDashboard.Data;
using Hangfire;
using Hangfire.InMemory;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Hangfire.SqlServer;

namespace CasualtyDashboard.Jobs.Scheduling;

/// <summary>
/// Hangfire's storage per database engine (see docs/decisions/009-hangfire-storage-per-provider.md): SQLite → in memory
/// (one process; durability is in the app's own tables), PostgreSQL → Hangfire.PostgreSql in schema <c>hangfire</c> with
/// the sliding invisibility timeout, SQL Server → Hangfire.SqlServer with its 1.8 defaults.
/// </summary>
public static class HangfireStorageFactory
{
    public static JobStorage Create(JobStorageSettings settings) => settings.Kind switch
    {
        DatabaseProvider.Sqlite => new InMemoryStorage(InMemoryOptions()),
        DatabaseProvider.PostgreSql => CreatePostgreSql(RequireConnectionString(settings)),
        DatabaseProvider.SqlServer => new SqlServerStorage(RequireConnectionString(settings), SqlServerOptions()),
        _ => throw new ArgumentOutOfRangeException(nameof(settings), settings.Kind, null),
    };

    private static PostgreSqlStorage CreatePostgreSql(string connectionString)
    {
        var options = PostgreSqlOptions();
        return new PostgreSqlStorage(new NpgsqlConnectionFactory(connectionString, options), options);
    }

    public static InMemoryStorageOptions InMemoryOptions() => new()
    {
        // Keeps the dashboard's history of frequent triggers (every 10 to 30 s) small.
        MaxExpirationTime = TimeSpan.FromHours(3),
    };

    public static PostgreSqlStorageOptions PostgreSqlOptions() => new()
    {
        SchemaName = JobStorageSettings.PostgreSqlSchema,
        PrepareSchemaIfNecessary = true,
        // A long run keeps its job invisible to other servers while it runs; a killed server's job comes back after 5 min.
        UseSlidingInvisibilityTimeout = true,
        InvisibilityTimeout = TimeSpan.FromMinutes(5),
        // Hangfire's own locks (the recurring-job scheduler takes one every second) are rows that outlive a killed holder
        // until this timeout: 10 min by default, during which no instance would start a recurring job. They are held for
        // milliseconds; the app's job guard is a session lock of its own (DatabaseJobRunGuard), not one of these rows.
        DistributedLockTimeout = TimeSpan.FromMinutes(1),
        // LISTEN/NOTIFY wakes a server when a job is enqueued; the poll is only the fallback.
        EnableLongPolling = true,
        QueuePollInterval = TimeSpan.FromSeconds(1),
    };

    /// <summary>Hangfire.SqlServer 1.8's own defaults (sliding invisibility timeout, QueuePollInterval 0, recommended isolation level).</summary>
    public static SqlServerStorageOptions SqlServerOptions() => new();

    private static string RequireConnectionString(JobStorageSettings settings) =>
        string.IsNullOrWhiteSpace(settings.ConnectionString)
            ? throw new InvalidOperationException($"Database:Provider={settings.Kind} needs ConnectionStrings:{JobStorageSettings.ConnectionStringName}.")
            : settings.ConnectionString;
}
