using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace CasualtyDashboard.Data.Providers;

/// <summary>
/// Everything that knows the database is SQLite: the connection string's file path, the pragmas set at start and
/// the schema listing the migration test compares. The only place raw SQL is allowed; another provider gets its own adapter.
/// </summary>
public static class SqliteProviderAdapter
{
    /// <summary>Resolves a relative <c>Data Source</c> against <paramref name="contentRoot"/> and creates its folder.</summary>
    public static string PrepareConnectionString(string connectionString, string contentRoot)
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

    /// <summary>Write-ahead logging lets the pages read while a job writes; it is stored in the file, so once is enough.</summary>
    public static Task EnableWriteAheadLogAsync(DashboardDbContext db, CancellationToken ct) =>
        db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);

    /// <summary>
    /// A normalised listing of tables, columns, indexes and foreign keys (EF's migrations history and lock tables left out),
    /// so two databases can be compared line by line.
    /// </summary>
    public static async Task<IReadOnlyList<string>> DescribeSchemaAsync(DbConnection connection, CancellationToken ct = default)
    {
        if (connection.State != System.Data.ConnectionState.Open) await connection.OpenAsync(ct);
        var lines = new List<string>();
        var tables = await QueryAsync(connection,
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' AND name NOT IN ('__EFMigrationsHistory', '__EFMigrationsLock')",
            r => r.GetString(0), ct);
        foreach (var table in tables)
        {
            lines.Add($"table {table}");
            lines.AddRange(await QueryAsync(connection, $"PRAGMA table_info(\"{table}\")",
                r => $"  column {table}.{r.GetString(1)} {r.GetString(2)} notnull={r.GetInt64(3)} default={(r.IsDBNull(4) ? "" : r.GetString(4))} pk={r.GetInt64(5)}", ct));
            lines.AddRange(await QueryAsync(connection, $"PRAGMA foreign_key_list(\"{table}\")",
                r => $"  fk {table}.{r.GetString(3)} -> {r.GetString(2)}.{r.GetString(4)} on_delete={r.GetString(6)}", ct));
            var indexes = await QueryAsync(connection, $"PRAGMA index_list(\"{table}\")",
                r => (Name: r.GetString(1), Unique: r.GetInt64(2), Origin: r.GetString(3)), ct);
            foreach (var index in indexes.Where(i => i.Origin == "c"))
            {
                var columns = await QueryAsync(connection, $"PRAGMA index_info(\"{index.Name}\")", r => r.GetString(2), ct);
                lines.Add($"  index {index.Name} unique={index.Unique} ({string.Join(",", columns)})");
            }
        }
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    /// <summary>
    /// Inserts many entities of one type with one prepared statement, inside the context's current transaction: EF would
    /// send one command (with a round trip for the generated key) per row. Columns, value converters (enum codes, JSON
    /// collections) and generated keys come from the EF model, so the rows read back exactly as EF wrote them. Nothing is tracked.
    /// </summary>
    public static async Task BulkInsertAsync<T>(DbContext db, IEnumerable<T> entities, CancellationToken ct) where T : class
    {
        var entityType = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = entityType.GetTableName()!;
        var properties = entityType.GetProperties().Where(p => p.ValueGenerated == ValueGenerated.Never || !p.IsPrimaryKey()).ToArray();
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open) await connection.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        var columns = properties.Select(p => $"\"{p.GetColumnName()}\"");
        command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns)}) VALUES ({string.Join(", ", properties.Select((_, i) => $"$p{i}"))})";
        var parameters = new DbParameter[properties.Length];
        for (var i = 0; i < properties.Length; i++)
        {
            parameters[i] = command.CreateParameter();
            parameters[i].ParameterName = $"$p{i}";
            command.Parameters.Add(parameters[i]);
        }
        var getters = properties.Select(p => p.GetGetter()).ToArray();
        var converters = properties.Select(p => p.GetTypeMapping().Converter).ToArray();
        await command.PrepareAsync(ct);
        foreach (var entity in entities)
        {
            for (var i = 0; i < properties.Length; i++)
            {
                var value = getters[i].GetClrValue(entity);
                if (value is not null && converters[i] is { } converter) value = converter.ConvertToProvider(value);
                parameters[i].Value = value ?? DBNull.Value;
            }
            await command.ExecuteNonQueryAsync(ct);
        }
    }

    private static async Task<List<T>> QueryAsync<T>(DbConnection connection, string sql, Func<DbDataReader, T> read, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(ct);
        var list = new List<T>();
        while (await reader.ReadAsync(ct)) list.Add(read(reader));
        return list;
    }
}
