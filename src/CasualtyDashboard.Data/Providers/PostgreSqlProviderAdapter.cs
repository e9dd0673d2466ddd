using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace CasualtyDashboard.Data.Providers;

/// <summary>
/// PostgreSQL: a session advisory lock around migrations and the demo load, the schema from <c>information_schema</c>
/// and <c>pg_catalog</c>, and bulk insert through binary <c>COPY</c>.
/// </summary>
public sealed class PostgreSqlProviderAdapter : IProviderAdapter
{
    /// <summary>The advisory lock key of start-up work ("CasualtyD" as a number): any fixed value all instances share.</summary>
    private const long StartupLockKey = 0x4361737561_6C7479;

    public DatabaseProvider Provider => DatabaseProvider.PostgreSql;

    public string PrepareConnectionString(string connectionString, string contentRoot) => connectionString;

    public async Task<IAsyncDisposable> LockStartupAsync(string connectionString, CancellationToken ct)
    {
        // Unpooled: the lock belongs to the session, which must end with it.
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync(ct);
        await using (var command = new NpgsqlCommand("SELECT pg_advisory_lock(@key)", connection))
        {
            command.Parameters.AddWithValue("key", StartupLockKey);
            // Another instance's migrations and demo load may hold it longer than the 30 s default (seen under load:
            // the second instance failed to start). Wait as SQL Server's sp_getapplock does (@LockTimeout = -1): the
            // lock goes when that instance finishes or dies, and the host's cancellation still stops the wait.
            command.CommandTimeout = 0;
            await command.ExecuteNonQueryAsync(ct);
        }
        // Released at dispose, and by the server when the session ends (also when the process dies).
        return new SessionLock(connection, "SELECT pg_advisory_unlock_all()");
    }

    public async Task<IAsyncDisposable?> TryLockSessionAsync(string connectionString, string name, CancellationToken ct)
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        try
        {
            await connection.OpenAsync(ct);
            await using var command = new NpgsqlCommand("SELECT pg_try_advisory_lock(@key)", connection);
            command.Parameters.AddWithValue("key", AdvisoryKey(name));
            if (await command.ExecuteScalarAsync(ct) is true) return new SessionLock(connection, "SELECT pg_advisory_unlock_all()");
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
        await connection.DisposeAsync();
        return null;
    }

    /// <summary>A named lock's advisory key: the first 8 bytes of the name's SHA-256 (stable across processes and runs).</summary>
    public static long AdvisoryKey(string name) =>
        BitConverter.ToInt64(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes("lock:" + name)), 0);

    public Task AfterMigrateAsync(DashboardDbContext db, CancellationToken ct) => Task.CompletedTask;

    public async Task<IReadOnlyList<string>> DescribeSchemaAsync(DbConnection connection, CancellationToken ct = default)
    {
        await ProviderAdapters.OpenAsync(connection, ct);
        var lines = new List<string>();
        lines.AddRange(await ProviderAdapters.QueryAsync(connection, """
            SELECT table_name FROM information_schema.tables
            WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name NOT LIKE '\_\_EF%'
            """, r => $"table {r.GetString(0)}", ct));
        lines.AddRange(await ProviderAdapters.QueryAsync(connection, """
            SELECT c.table_name, c.column_name, c.data_type, coalesce(c.character_maximum_length, 0), c.is_nullable, c.is_identity
            FROM information_schema.columns c JOIN information_schema.tables t USING (table_schema, table_name)
            WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE' AND c.table_name NOT LIKE '\_\_EF%'
            """, r => $"  column {r.GetString(0)}.{r.GetString(1)} {r.GetString(2)}({r.GetInt32(3)}) nullable={r.GetString(4)} identity={r.GetString(5)}", ct));
        lines.AddRange(await ProviderAdapters.QueryAsync(connection, """
            SELECT tablename, indexname, indexdef FROM pg_indexes
            WHERE schemaname = current_schema() AND tablename NOT LIKE '\_\_EF%'
            """, r => $"  index {r.GetString(0)}.{r.GetString(1)} {r.GetString(2)}", ct));
        lines.AddRange(await ProviderAdapters.QueryAsync(connection, """
            SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) FROM pg_constraint
            WHERE contype = 'f' AND connamespace = current_schema()::regnamespace
            """, r => $"  fk {r.GetString(0)}.{r.GetString(1)} {r.GetString(2)}", ct));
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    /// <summary>Binary <c>COPY ... FROM STDIN</c>: the rows stream to the server in one command.</summary>
    public async Task BulkInsertAsync<T>(DbContext db, IEnumerable<T> entities, CancellationToken ct) where T : class
    {
        var (table, columns) = ProviderAdapters.BulkColumnsOf<T>(db);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await ProviderAdapters.OpenAsync(connection, ct);
        var copy = $"COPY \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c.Name}\""))}) FROM STDIN (FORMAT BINARY)";
        await using var writer = await connection.BeginBinaryImportAsync(copy, ct);
        foreach (var entity in entities)
        {
            await writer.StartRowAsync(ct);
            await WriteColumnsAsync(writer, columns, entity, ct);
        }
        await writer.CompleteAsync(ct);
    }

    /// <summary>
    /// The keys are taken from the key column's sequence first (one query for all rows: identity columns are
    /// <c>GENERATED BY DEFAULT</c>, so given keys are accepted), then the rows go in with them through binary <c>COPY</c>.
    /// </summary>
    public async Task InsertWithKeysAsync<T>(DbContext db, IReadOnlyList<T> entities, CancellationToken ct) where T : class
    {
        if (entities.Count == 0) return;
        var (table, columns) = ProviderAdapters.BulkColumnsOf<T>(db);
        var (keyColumn, key) = ProviderAdapters.GeneratedKeyOf<T>(db);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await ProviderAdapters.OpenAsync(connection, ct);
        try
        {
            var keys = new List<long>(entities.Count);
            await using (var command = new NpgsqlCommand("SELECT nextval(pg_get_serial_sequence(@table, @column)) FROM generate_series(1, @count)", connection))
            {
                command.Parameters.AddWithValue("table", $"\"{table}\"");
                command.Parameters.AddWithValue("column", keyColumn);
                command.Parameters.AddWithValue("count", entities.Count);
                await using var reader = await command.ExecuteReaderAsync(ct);
                while (await reader.ReadAsync(ct)) keys.Add(reader.GetInt64(0));
            }
            var copy = $"COPY \"{table}\" (\"{keyColumn}\", {string.Join(", ", columns.Select(c => $"\"{c.Name}\""))}) FROM STDIN (FORMAT BINARY)";
            await using var writer = await connection.BeginBinaryImportAsync(copy, ct);
            for (var i = 0; i < entities.Count; i++)
            {
                await writer.StartRowAsync(ct);
                await writer.WriteAsync(keys[i], ct);
                await WriteColumnsAsync(writer, columns, entities[i], ct);
            }
            await writer.CompleteAsync(ct);
            for (var i = 0; i < entities.Count; i++) key.SetValue(entities[i], keys[i]);
        }
        catch (PostgresException ex)
        {
            throw ProviderAdapters.AsUpdateException(ex);
        }
    }

    private static async Task WriteColumnsAsync(NpgsqlBinaryImporter writer, BulkColumn[] columns, object entity, CancellationToken ct)
    {
        foreach (var column in columns)
        {
            var value = column.ValueOf(entity);
            if (value is null) await writer.WriteNullAsync(ct);
            else await writer.WriteAsync(value, ct);
        }
    }

    public bool IsUniqueViolation(DbUpdateException exception) =>
        exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };
}
