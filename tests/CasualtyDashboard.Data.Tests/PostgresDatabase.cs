using CasualtyDashboard.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CasualtyDashboard.Data.Tests;

/// <summary>
/// A database of its own on the PostgreSQL server named by <c>CASUALTY_TEST_POSTGRES</c> (set by <c>.ci/run</c> through
/// tools/postgres-test-cluster.sh), created empty and dropped at the end. Shared by the Data and Jobs tests.
/// </summary>
public sealed class PostgresDatabase : IDbContextFactory<DashboardDbContext>, IAsyncDisposable
{
    public const string Setting = "CASUALTY_TEST_POSTGRES";

    private readonly string _server;

    private PostgresDatabase(string server, string name)
    {
        _server = server;
        Name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }

    public string Name { get; }
    public string ConnectionString { get; }

    /// <summary>The server's connection string, or null (the tests are then skipped, except under CI where they fail).</summary>
    public static string? Server => Environment.GetEnvironmentVariable(Setting) is { Length: > 0 } value ? value : null;

    public static async Task<PostgresDatabase> CreateAsync()
    {
        var server = Server ?? throw new InvalidOperationException(
            $"{Setting} is not set: the PostgreSQL tests need a server (.ci/run starts one with tools/postgres-test-cluster.sh).");
        var database = new PostgresDatabase(server, $"cd_test_{Guid.NewGuid():N}");
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{database.Name}\"", connection);
        await command.ExecuteNonQueryAsync();
        return database;
    }

    public DashboardDbContext CreateDbContext() => new(DatabaseProviders.OptionsFor(DatabaseProvider.PostgreSql, ConnectionString));

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}
