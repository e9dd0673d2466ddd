using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CasualtyDashboard.Data.Providers;

/// <summary>Finds the adapter of a provider or of a context's provider; shared helpers of the adapters.</summary>
public static class ProviderAdapters
{
    private static readonly IProviderAdapter Sqlite = new SqliteProviderAdapter();
    private static readonly IProviderAdapter SqlServer = new SqlServerProviderAdapter();
    private static readonly IProviderAdapter PostgreSql = new PostgreSqlProviderAdapter();

    public static IProviderAdapter Of(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Sqlite => Sqlite,
        DatabaseProvider.SqlServer => SqlServer,
        DatabaseProvider.PostgreSql => PostgreSql,
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, null),
    };

    /// <summary>The adapter of the provider <paramref name="db"/> was configured with.</summary>
    public static IProviderAdapter For(DbContext db) => Of(ProviderOf(db));

    public static DatabaseProvider ProviderOf(DbContext db) => db.Database.ProviderName switch
    {
        "Microsoft.EntityFrameworkCore.Sqlite" => DatabaseProvider.Sqlite,
        "Microsoft.EntityFrameworkCore.SqlServer" => DatabaseProvider.SqlServer,
        "Npgsql.EntityFrameworkCore.PostgreSQL" => DatabaseProvider.PostgreSql,
        var other => throw new NotSupportedException($"No adapter for the EF Core provider {other}."),
    };

    /// <summary>
    /// The columns a bulk insert writes for <typeparamref name="T"/>: every mapped property except a generated key, with
    /// a getter that applies the property's value converter (enum codes, JSON lists), so rows read back as EF wrote them.
    /// </summary>
    internal static (string Table, BulkColumn[] Columns) BulkColumnsOf<T>(DbContext db) where T : class
    {
        var entityType = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = entityType.GetTableName()!;
        var columns = entityType.GetProperties()
            .Where(p => p.ValueGenerated == ValueGenerated.Never || !p.IsPrimaryKey())
            .Select(p => new BulkColumn(p.GetColumnName(), p.GetGetter(), p.GetTypeMapping().Converter, p.GetTypeMapping().Converter?.ProviderClrType ?? p.ClrType))
            .ToArray();
        return (table, columns);
    }

    /// <summary>The generated <c>long</c> key of <typeparamref name="T"/>, which <see cref="IProviderAdapter.InsertWithKeysAsync"/> fills in.</summary>
    internal static (string Column, System.Reflection.PropertyInfo Property) GeneratedKeyOf<T>(DbContext db) where T : class
    {
        var entityType = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var key = entityType.FindPrimaryKey()?.Properties is [var single] && single.ClrType == typeof(long) && single.ValueGenerated != ValueGenerated.Never
            ? single
            : throw new InvalidOperationException($"{typeof(T).Name} has no generated long key.");
        return (key.GetColumnName(), key.PropertyInfo ?? throw new InvalidOperationException($"{typeof(T).Name}'s key is not a property."));
    }

    /// <summary>A failed command of a bulk write, reported as EF reports a failed SaveChanges (callers catch that).</summary>
    internal static DbUpdateException AsUpdateException(DbException exception) => new($"A bulk write failed: {exception.Message}", exception);

    internal static async Task OpenAsync(DbConnection connection, CancellationToken ct)
    {
        if (connection.State != System.Data.ConnectionState.Open) await connection.OpenAsync(ct);
    }

    internal static async Task<List<T>> QueryAsync<T>(DbConnection connection, string sql, Func<DbDataReader, T> read, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(ct);
        var list = new List<T>();
        while (await reader.ReadAsync(ct)) list.Add(read(reader));
        return list;
    }
}

/// <summary>A lock held by a database session of its own: released by <paramref name="releaseSql"/>, then the session closes.</summary>
internal sealed class SessionLock(DbConnection connection, string releaseSql) : IAsyncDisposable
{
    public async ValueTask DisposeAsync()
    {
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = releaseSql;
            await command.ExecuteNonQueryAsync();
        }
        finally
        {
            await connection.DisposeAsync();
        }
    }
}

/// <summary>One column of a bulk insert: its name and how to read its provider value from an entity.</summary>
internal sealed record BulkColumn(string Name, Microsoft.EntityFrameworkCore.Metadata.IClrPropertyGetter Getter,
    Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter? Converter, Type ProviderType)
{
    public object? ValueOf(object entity)
    {
        var value = Getter.GetClrValue(entity);
        return value is not null && Converter is not null ? Converter.ConvertToProvider(value) : value;
    }
}
