using CasualtyDashboard.Data;
using Microsoft.Extensions.Configuration;

namespace CasualtyDashboard.Jobs.Scheduling;

/// <summary>
/// Where Hangfire keeps its jobs, read from the database settings the app already has: <c>Database:Provider</c>
/// (<c>Sqlite</c> by default, <c>SqlServer</c>, <c>PostgreSql</c>; parsed by <see cref="DatabaseProviders"/>, as the
/// app's own database is) and <c>ConnectionStrings:Dashboard</c>.
/// SQLite means one process, so Hangfire keeps its jobs in memory; a server database holds them for every instance.
/// </summary>
public sealed record JobStorageSettings(DatabaseProvider Kind, string? ConnectionString)
{
    public const string ProviderKey = "Database:Provider";
    public const string ConnectionStringName = "Dashboard";

    /// <summary>The schema of Hangfire's tables on PostgreSQL (the app's own tables stay in theirs).</summary>
    public const string PostgreSqlSchema = "hangfire";

    public static JobStorageSettings From(IConfiguration configuration) =>
        new(DatabaseProviders.ReadProvider(configuration), configuration.GetConnectionString(ConnectionStringName));

    /// <summary>True when several processes share Hangfire's storage (a server database).</summary>
    public bool Shared => Kind != DatabaseProvider.Sqlite;
}
