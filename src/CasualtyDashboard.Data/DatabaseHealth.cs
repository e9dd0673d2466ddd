using CasualtyDashboard.Data.Entities;
using CasualtyDashboard.Data.Providers;
using Microsoft.EntityFrameworkCore;

namespace CasualtyDashboard.Data;

/// <summary>
/// Whether the database takes writes: a row added and removed again in one committed transaction (so the database
/// file or log is really written, and nothing is left). A database held by another writer past the probe's short
/// timeout counts as writable but busy.
/// </summary>
public sealed class DatabaseHealth(IDbContextFactory<DashboardDbContext> factory)
{
    /// <summary>Null when a write went through (or the database is only busy); else why it cannot be written.</summary>
    public async Task<string?> ProbeWriteAsync(CancellationToken ct)
    {
        try
        {
            await using var db = await factory.CreateDbContextAsync(ct);
            db.Database.SetCommandTimeout(5);
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var probe = new Outlet { Name = $"health-probe-{Guid.NewGuid():N}" };
            db.Outlets.Add(probe);
            await db.SaveChangesAsync(ct);
            db.Outlets.Remove(probe);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException && DatabaseFailures.IsUnavailable(ex))
        {
            return DatabaseFailures.IsReadOnly(ex) ? $"cannot be written: {Innermost(ex).Message}" : null;
        }
    }

    private static Exception Innermost(Exception ex)
    {
        while (ex.InnerException is not null) ex = ex.InnerException;
        return ex;
    }
}
