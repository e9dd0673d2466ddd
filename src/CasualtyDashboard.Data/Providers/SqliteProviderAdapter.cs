using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace CasualtyDashboard.Data.Providers;

/// <summary>
/// SQLite: the connection string's file path, write-ahead logging, the schema from <c>sqlite_master</c> and pragmas, and
/// a bulk insert through one prepared statement. Two processes on one file share the work through the article claims
/// (one <c>UPDATE</c> is atomic in SQLite), and a start-up lock file keeps two starting ones apart.
/// </summary>
public sealed class SqliteProviderAdapter : IProviderAdapter
{
    public DatabaseProvider Provider => DatabaseProvider.Sqlite;

    /// <summary>Resolves a relative <c>Data Source</c> against <paramref name="contentRoot"/> and creates its folder.</summary>
    public string PrepareConnectionString(string connectionString, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.DataSource is not (":memory:" or "") && builder.Mode != SqliteOpenMode.Memory)
        {
            var path = Path.IsPathRooted(builder.DataSource) ? builder.DataSource : Path.Combine(contentRoot, builder.DataSource);
            builder.DataSource = Path.GetFullPath(path);
            Directory.CreateDirectory(Path.GetDirectoryName(builder.DataSource)!);
        }
        // Writers wait for each other instead of failing at once (seconds).
        if (!connectionString.Contains("Default Timeout", StringComparison.OrdinalIgnoreCase))
            builder.DefaultTimeout = 30;
        return builder.ToString();
    }

    /// <summary>
    /// A lock file beside the database (<c>NAME.startup.lock</c>, held with an exclusive open, which .NET backs with an
    /// advisory lock on Unix and a share mode on Windows), so two processes starting on one file migrate and load the
    /// demo data one after the other: the second finds the articles and loads nothing. The lock goes with the process,
    /// so one that died leaves nothing to clean up. An in-memory database needs none.
    /// </summary>
    public async Task<IAsyncDisposable> LockStartupAsync(string connectionString, CancellationToken ct)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.DataSource is ":memory:" or "" || builder.Mode == SqliteOpenMode.Memory) return NoLock.Instance;
        var path = Path.GetFullPath(builder.DataSource) + ".startup.lock";
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return new FileLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.None));
            }
            catch (IOException) when (waited.Elapsed < StartupLockTimeout)
            {
                await Task.Delay(100, ct);
            }
            catch (IOException ex)
            {
                throw new TimeoutException(
                    $"Another process has been starting on {builder.DataSource} for {StartupLockTimeout.TotalSeconds:0} s (it holds {path}); stop it or wait.", ex);
            }
        }
    }

    /// <summary>How long a start waits for another process's start on the same file.</summary>
    public static TimeSpan StartupLockTimeout { get; } = TimeSpan.FromMinutes(5);

    /// <summary>Write-ahead logging lets the pages read while a job writes; it is stored in the file, so once is enough.</summary>
    public Task<IAsyncDisposable?> TryLockSessionAsync(string connectionString, string name, CancellationToken ct) =>
        throw new NotSupportedException("SQLite has no session locks: its one process keeps job locks in memory (InProcessJobRunGuard).");

    public Task AfterMigrateAsync(DashboardDbContext db, CancellationToken ct) =>
        db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);

    public IQueryable<Entities.Figure> FiguresInValueOrder(DashboardDbContext db) => db.Figures.FromSqlRaw(FiguresByValueIndex);

    // Composed by EF as a subquery, which SQLite flattens with its INDEXED BY (EXPLAIN QUERY PLAN: SCAN Figures USING COVERING INDEX).
    private const string FiguresByValueIndex = "SELECT * FROM \"Figures\" INDEXED BY \"" + Configurations.FigureGridIndexConfiguration.ValueIndex + "\"";

    public async Task<IReadOnlyList<string>> DescribeSchemaAsync(DbConnection connection, CancellationToken ct = default)
    {
        await ProviderAdapters.OpenAsync(connection, ct);
        var lines = new List<string>();
        var tables = await ProviderAdapters.QueryAsync(connection,
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' AND name NOT IN ('__EFMigrationsHistory', '__EFMigrationsLock')",
            r => r.GetString(0), ct);
        foreach (var table in tables)
        {
            lines.Add($"table {table}");
            lines.AddRange(await ProviderAdapters.QueryAsync(connection, $"PRAGMA table_info(\"{table}\")",
                r => $"  column {table}.{r.GetString(1)} {r.GetString(2)} notnull={r.GetInt64(3)} default={(r.IsDBNull(4) ? "" : r.GetString(4))} pk={r.GetInt64(5)}", ct));
            lines.AddRange(await ProviderAdapters.QueryAsync(connection, $"PRAGMA foreign_key_list(\"{table}\")",
                r => $"  fk {table}.{r.GetString(3)} -> {r.GetString(2)}.{r.GetString(4)} on_delete={r.GetString(6)}", ct));
            var indexes = await ProviderAdapters.QueryAsync(connection, $"PRAGMA index_list(\"{table}\")",
                r => (Name: r.GetString(1), Unique: r.GetInt64(2), Origin: r.GetString(3)), ct);
            foreach (var index in indexes.Where(i => i.Origin == "c"))
            {
                var columns = await ProviderAdapters.QueryAsync(connection, $"PRAGMA index_info(\"{index.Name}\")", r => r.GetString(2), ct);
                lines.Add($"  index {index.Name} unique={index.Unique} ({string.Join(",", columns)})");
            }
        }
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    /// <summary>One prepared <c>INSERT</c> executed per row inside the transaction: no network, so no round trip to save.</summary>
    public async Task BulkInsertAsync<T>(DbContext db, IEnumerable<T> entities, CancellationToken ct) where T : class
    {
        var (table, columns) = ProviderAdapters.BulkColumnsOf<T>(db);
        try
        {
            await using var insert = await PreparedInsert.CreateAsync(db, table, columns, returning: null, ct);
            foreach (var entity in entities)
            {
                insert.Bind(entity);
                await insert.Command.ExecuteNonQueryAsync(ct);
            }
        }
        catch (SqliteException ex)
        {
            // A connection the pool opened read-only stays so: empty the pool, as EF's failures do (SqlitePoolReset).
            SqlitePoolReset.Reset(db.Database.GetDbConnection(), ex);
            throw;
        }
    }

    /// <summary>The same prepared <c>INSERT</c> with <c>RETURNING</c> the key, once per row.</summary>
    public async Task InsertWithKeysAsync<T>(DbContext db, IReadOnlyList<T> entities, CancellationToken ct) where T : class
    {
        var (table, columns) = ProviderAdapters.BulkColumnsOf<T>(db);
        var (keyColumn, key) = ProviderAdapters.GeneratedKeyOf<T>(db);
        try
        {
            await using var insert = await PreparedInsert.CreateAsync(db, table, columns, keyColumn, ct);
            foreach (var entity in entities)
            {
                insert.Bind(entity);
                key.SetValue(entity, Convert.ToInt64(await insert.Command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture));
            }
        }
        catch (SqliteException ex)
        {
            SqlitePoolReset.Reset(db.Database.GetDbConnection(), ex);
            throw ProviderAdapters.AsUpdateException(ex);
        }
    }

    /// <summary>One prepared <c>INSERT</c> of <paramref name="columns"/> in the context's transaction, bound row by row.</summary>
    private sealed class PreparedInsert(DbCommand command, BulkColumn[] columns, DbParameter[] parameters) : IAsyncDisposable
    {
        public DbCommand Command { get; } = command;

        public static async Task<PreparedInsert> CreateAsync(DbContext db, string table, BulkColumn[] columns, string? returning, CancellationToken ct)
        {
            var connection = db.Database.GetDbConnection();
            await ProviderAdapters.OpenAsync(connection, ct);
            var command = connection.CreateCommand();
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c.Name}\""))}) "
                + $"VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))})" + (returning is null ? "" : $" RETURNING \"{returning}\"");
            var parameters = new DbParameter[columns.Length];
            for (var i = 0; i < columns.Length; i++)
            {
                parameters[i] = command.CreateParameter();
                parameters[i].ParameterName = $"$p{i}";
                command.Parameters.Add(parameters[i]);
            }
            await command.PrepareAsync(ct);
            return new PreparedInsert(command, columns, parameters);
        }

        /// <summary>Sets the parameters to <paramref name="entity"/>'s values.</summary>
        public void Bind(object entity)
        {
            for (var i = 0; i < columns.Length; i++) parameters[i].Value = columns[i].ValueOf(entity) ?? DBNull.Value;
        }

        public ValueTask DisposeAsync() => Command.DisposeAsync();
    }

    public bool IsUniqueViolation(DbUpdateException exception) =>
        exception.InnerException is SqliteException { SqliteExtendedErrorCode: 2067 or 1555 }; // SQLITE_CONSTRAINT_UNIQUE, _PRIMARYKEY

    private sealed class FileLock(FileStream stream) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => stream.DisposeAsync();
    }

    private sealed class NoLock : IAsyncDisposable
    {
        public static readonly NoLock Instance = new();
        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
