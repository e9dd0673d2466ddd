using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CasualtyDashboard.Data.Providers;

/// <summary>
/// Sets <c>PRAGMA synchronous=NORMAL</c> on every SQLite connection EF opens (the setting belongs to the connection, not
/// the file). With write-ahead logging a commit then writes the log without waiting for the disk (the checkpoint still
/// syncs): a killed process loses no committed transaction and the file is never corrupted; only a power cut or an
/// operating-system crash may take back the last commits. See docs/decisions/033-sqlite-synchronous-normal.md.
/// It also sets <c>busy_timeout</c>: a writer finding the write lock taken (an import's chunk while an extraction batch
/// is written) is then retried by SQLite itself within milliseconds of the lock's release, where Microsoft.Data.Sqlite's
/// own retry sleeps 150 ms at a time (decision 043). That retry still follows once this wait is over.
/// </summary>
public sealed class SqliteSynchronousNormal : DbConnectionInterceptor
{
    public static SqliteSynchronousNormal Instance { get; } = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private static void Apply(DbConnection connection)
    {
        if (connection is not SqliteConnection sqlite) return;
        using var command = sqlite.CreateCommand();
        command.CommandText = "PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000;";
        command.ExecuteNonQuery();
    }
}
