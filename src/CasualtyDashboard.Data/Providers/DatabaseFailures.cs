using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace CasualtyDashboard.Data.Providers;

/// <summary>
/// Tells a database that cannot take the request now (read-only files or database, disk full, locked, unreachable)
/// from a bug: the first is answered "try again" (HTTP 503, a message on the page), the second is an error.
/// </summary>
public static class DatabaseFailures
{
    /// <summary>SQLite's primary codes for PERM, BUSY, LOCKED, READONLY, IOERR, FULL, CANTOPEN.</summary>
    private static readonly int[] SqliteUnavailable = [3, 5, 6, 8, 10, 13, 14];

    /// <summary>PostgreSQL's read-only transaction, cannot connect now, disk full, out of memory, too many connections.</summary>
    private static readonly string[] SqlStatesUnavailable = ["25006", "57P03", "53100", "53200", "53300", "08006", "08001"];

    /// <summary>True when <paramref name="exception"/> (or one it wraps) says the database cannot serve now.</summary>
    public static bool IsUnavailable(Exception? exception)
    {
        for (var ex = exception; ex is not null; ex = ex.InnerException)
        {
            if (ex is SqliteException sqlite) return SqliteUnavailable.Contains(sqlite.SqliteErrorCode);
            if (ex is DbException db && (db.IsTransient || SqlStatesUnavailable.Contains(db.SqlState))) return true;
        }
        return false;
    }

    /// <summary>True when it cannot write in particular (read-only, full, no permission): a lock held by another writer is not that.</summary>
    public static bool IsReadOnly(Exception? exception)
    {
        for (var ex = exception; ex is not null; ex = ex.InnerException)
        {
            if (ex is SqliteException sqlite) return sqlite.SqliteErrorCode is 3 or 8 or 10 or 13 or 14;
            if (ex is DbException { SqlState: "25006" or "53100" }) return true;
        }
        return false;
    }
}
