using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CasualtyDashboard.Data.Providers;

/// <summary>
/// SQLite opens a file it may not write read-only, and the pool keeps that connection (and one whose file went away)
/// for minutes. When a command or an opening fails because the database cannot be written or opened, the pool is
/// emptied, so the next request opens the file afresh and works again as soon as the files are writable.
/// </summary>
public sealed class SqlitePoolReset : DbCommandInterceptor, IDbConnectionInterceptor
{
    public static SqlitePoolReset Instance { get; } = new();

    public override void CommandFailed(DbCommand command, CommandErrorEventData eventData) => Reset(command.Connection, eventData.Exception);

    public override Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Reset(command.Connection, eventData.Exception);
        return Task.CompletedTask;
    }

    public void ConnectionFailed(DbConnection connection, ConnectionErrorEventData eventData) => Reset(connection, eventData.Exception);

    public Task ConnectionFailedAsync(DbConnection connection, ConnectionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Reset(connection, eventData.Exception);
        return Task.CompletedTask;
    }

    /// <summary>Also for the adapter's own ADO.NET commands, which EF's interceptors never see.</summary>
    public static void Reset(DbConnection? connection, Exception exception)
    {
        if (connection is SqliteConnection sqlite && DatabaseFailures.IsReadOnly(exception)) SqliteConnection.ClearPool(sqlite);
    }
}
