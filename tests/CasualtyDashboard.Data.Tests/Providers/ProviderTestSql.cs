using System.Data.Common;

namespace CasualtyDashboard.Data.Tests.Providers;

/// <summary>Plain SQL for tests that look beneath the model (an old schema, an engine's catalog).</summary>
internal static class ProviderTestSql
{
    public static async Task OpenAsync(DbConnection connection)
    {
        if (connection.State != System.Data.ConnectionState.Open) await connection.OpenAsync();
    }

    public static async Task<List<T>> QueryAsync<T>(DbConnection connection, string sql, Func<DbDataReader, T> read)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var list = new List<T>();
        while (await reader.ReadAsync()) list.Add(read(reader));
        return list;
    }
}
