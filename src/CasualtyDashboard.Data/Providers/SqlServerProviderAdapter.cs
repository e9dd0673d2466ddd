using System.Data;
using System.Data.Common;
using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace CasualtyDashboard.Data.Providers;

/// <summary>
/// SQL Server: a session application lock around migrations and the demo load, the schema from the catalog views, and
/// bulk insert through <see cref="SqlBulkCopy"/>. No engine runs in CI: this code is compiled and reviewed, not run there.
/// </summary>
public sealed class SqlServerProviderAdapter : IProviderAdapter
{
    private const string StartupLockName = "CasualtyDashboard:startup";

    public DatabaseProvider Provider => DatabaseProvider.SqlServer;

    public string PrepareConnectionString(string connectionString, string contentRoot) => connectionString;

    public async Task<IAsyncDisposable> LockStartupAsync(string connectionString, CancellationToken ct)
    {
        // The database may not exist yet (EF creates it in Migrate); the lock is then taken in master.
        // Unpooled: the lock belongs to the session, which must end with it.
        var builder = new SqlConnectionStringBuilder(connectionString) { Pooling = false };
        var connection = new SqlConnection(builder.ConnectionString);
        try
        {
            await connection.OpenAsync(ct);
        }
        catch (SqlException) when (builder.InitialCatalog.Length > 0)
        {
            await connection.DisposeAsync();
            builder.InitialCatalog = "master";
            connection = new SqlConnection(builder.ConnectionString);
            await connection.OpenAsync(ct);
        }
        await using (var command = new SqlCommand("EXEC sp_getapplock @Resource = @name, @LockMode = 'Exclusive', @LockOwner = 'Session', @LockTimeout = -1", connection))
        {
            command.Parameters.AddWithValue("@name", StartupLockName);
            command.CommandTimeout = 0;
            await command.ExecuteNonQueryAsync(ct);
        }
        // Released at dispose, and by the server when the session ends (also when the process dies).
        return new SessionLock(connection, $"EXEC sp_releaseapplock @Resource = N'{StartupLockName}', @LockOwner = 'Session'");
    }

    public async Task<IAsyncDisposable?> TryLockSessionAsync(string connectionString, string name, CancellationToken ct)
    {
        var connection = new SqlConnection(new SqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        try
        {
            await connection.OpenAsync(ct);
            await using var command = new SqlCommand("""
                DECLARE @result int;
                EXEC @result = sp_getapplock @Resource = @name, @LockMode = 'Exclusive', @LockOwner = 'Session', @LockTimeout = 0;
                SELECT @result;
                """, connection);
            command.Parameters.AddWithValue("@name", name);
            // 0 granted, 1 granted after a wait; negative: held elsewhere (-1), or an error.
            if (await command.ExecuteScalarAsync(ct) is int result && result >= 0)
                return new SessionLock(connection, $"EXEC sp_releaseapplock @Resource = N'{name.Replace("'", "''", StringComparison.Ordinal)}', @LockOwner = 'Session'");
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
        await connection.DisposeAsync();
        return null;
    }

    public Task AfterMigrateAsync(DashboardDbContext db, CancellationToken ct) => Task.CompletedTask;

    public async Task<IReadOnlyList<string>> DescribeSchemaAsync(DbConnection connection, CancellationToken ct = default)
    {
        await ProviderAdapters.OpenAsync(connection, ct);
        var lines = new List<string>();
        lines.AddRange(await ProviderAdapters.QueryAsync(connection, """
            SELECT c.TABLE_NAME, c.COLUMN_NAME, c.DATA_TYPE, COALESCE(c.CHARACTER_MAXIMUM_LENGTH, 0), c.IS_NULLABLE
            FROM INFORMATION_SCHEMA.COLUMNS c JOIN INFORMATION_SCHEMA.TABLES t ON t.TABLE_SCHEMA = c.TABLE_SCHEMA AND t.TABLE_NAME = c.TABLE_NAME
            WHERE t.TABLE_TYPE = 'BASE TABLE' AND c.TABLE_NAME NOT LIKE '[_][_]EF%'
            """, r => $"  column {r.GetString(0)}.{r.GetString(1)} {r.GetString(2)}({r.GetInt32(3)}) nullable={r.GetString(4)}", ct));
        lines.AddRange(await ProviderAdapters.QueryAsync(connection, """
            SELECT t.name, i.name, i.is_unique, STRING_AGG(c.name, ',') WITHIN GROUP (ORDER BY ic.key_ordinal)
            FROM sys.indexes i JOIN sys.tables t ON t.object_id = i.object_id
            JOIN sys.index_columns ic ON ic.object_id = i.object_id AND ic.index_id = i.index_id
            JOIN sys.columns c ON c.object_id = ic.object_id AND c.column_id = ic.column_id
            WHERE i.name IS NOT NULL AND t.name NOT LIKE '[_][_]EF%'
            GROUP BY t.name, i.name, i.is_unique
            """, r => $"  index {r.GetString(0)}.{r.GetString(1)} unique={r.GetBoolean(2)} ({r.GetString(3)})", ct));
        lines.AddRange(await ProviderAdapters.QueryAsync(connection, """
            SELECT OBJECT_NAME(fk.parent_object_id), fk.name, OBJECT_NAME(fk.referenced_object_id), fk.delete_referential_action_desc
            FROM sys.foreign_keys fk
            """, r => $"  fk {r.GetString(0)}.{r.GetString(1)} -> {r.GetString(2)} on_delete={r.GetString(3)}", ct));
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    /// <summary><see cref="SqlBulkCopy"/> inside the context's transaction, streaming rows from a reader over the entities.</summary>
    public async Task BulkInsertAsync<T>(DbContext db, IEnumerable<T> entities, CancellationToken ct) where T : class
    {
        var (table, columns) = ProviderAdapters.BulkColumnsOf<T>(db);
        var connection = (SqlConnection)db.Database.GetDbConnection();
        await ProviderAdapters.OpenAsync(connection, ct);
        var transaction = (SqlTransaction?)db.Database.CurrentTransaction?.GetDbTransaction();
        using var copy = new SqlBulkCopy(connection, SqlBulkCopyOptions.CheckConstraints, transaction)
        {
            DestinationTableName = $"[{table}]",
            BatchSize = 10_000,
            BulkCopyTimeout = 0,
            EnableStreaming = true,
        };
        var rows = new DataTable();
        foreach (var column in columns)
        {
            rows.Columns.Add(column.Name, Nullable.GetUnderlyingType(column.ProviderType) ?? column.ProviderType);
            copy.ColumnMappings.Add(column.Name, column.Name);
        }
        foreach (var entity in entities)
        {
            rows.Rows.Add(columns.Select(c => c.ValueOf(entity) ?? DBNull.Value).ToArray());
            if (rows.Rows.Count < copy.BatchSize) continue;
            await copy.WriteToServerAsync(rows, ct);
            rows.Clear();
        }
        if (rows.Rows.Count > 0) await copy.WriteToServerAsync(rows, ct);
    }

    /// <summary>Through EF (SaveChanges batches the inserts and reads the keys back), then detached: not measured on this engine.</summary>
    public async Task InsertWithKeysAsync<T>(DbContext db, IReadOnlyList<T> entities, CancellationToken ct) where T : class
    {
        db.Set<T>().AddRange(entities);
        await db.SaveChangesAsync(ct);
        foreach (var entity in entities) db.Entry(entity).State = EntityState.Detached;
    }

    /// <summary>2627: unique constraint; 2601: unique index.</summary>
    public bool IsUniqueViolation(DbUpdateException exception) =>
        exception.InnerException is SqlException { Number: 2627 or 2601 };
}
