using Microsoft.Extensions.Configuration;

namespace CasualtyDashboard.Jobs.Scheduling;

/// <summary>
/// Where Hangfire keeps its jobs, read from the database settings the app already has: <c>Database:Provider</c>
/// (<c>Sqlite</c> by default, <c>SqlServer</c>, <c>PostgreSql</c>) and <c>ConnectionStrings:Dashboard</c>.
/// SQLite means one process, so Hangfire keeps its jobs in memory; a server database holds them for every instance.
/// </summary>
public sealed record JobStorageSettings(JobStorageKind Kind, string? ConnectionString)
{
    public const string ProviderKey = "Database:Provider";
    public const string ConnectionStringName = "Dashboard";

    /// <summary>The schema of Hangfire's tables on PostgreSQL (the app's own tables stay in theirs).</summary>
    public const string PostgreSqlSchema = "hangfire";

    public static JobStorageSettings From(IConfiguration configuration)
    {
        var provider = configuration[ProviderKey];
        var kind = string.IsNullOrWhiteSpace(provider) ? JobStorageKind.Sqlite
            : Enum.TryParse<JobStorageKind>(provider.Trim(), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed
            : throw new InvalidOperationException($"{ProviderKey} is '{provider}'; use Sqlite, SqlServer or PostgreSql.");
        return new JobStorageSettings(kind, configuration.GetConnectionString(ConnectionStringName));
    }

    /// <summary>True when several processes share Hangfire's storage (a server database).</summary>
    public bool Shared => Kind != JobStorageKind.Sqlite;
}

/// <summary>The database engines of <c>Database:Provider</c>, as far as Hangfire's storage is concerned.</summary>
public enum JobStorageKind
{
    Sqlite,
    SqlServer,
    PostgreSql,
}
