using System.Runtime.CompilerServices;
using CasualtyDashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CasualtyDashboard.Data.Queries;

/// <summary>Reads the audit log: a page of it, newest first; the whole of it as a stream (export); the actors seen.</summary>
public sealed class AuditQueries(IDbContextFactory<DashboardDbContext> factory)
{
    public const int ChunkSize = 1000;

    public async Task<AuditPage> ListAsync(AuditFilter filter, int skip, int take, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var q = Filtered(db, filter);
        var total = await q.CountAsync(ct);
        var rows = await Project(q.OrderByDescending(e => e.Id).Skip(Math.Max(0, skip)).Take(Math.Clamp(take, 1, 500))).ToListAsync(ct);
        return new AuditPage(rows, total);
    }

    /// <summary>Every matching entry, newest first, read in chunks by id (each with its own short-lived context).</summary>
    public async IAsyncEnumerable<AuditRow> StreamAsync(AuditFilter filter, [EnumeratorCancellation] CancellationToken ct = default)
    {
        var before = long.MaxValue;
        while (true)
        {
            List<AuditRow> rows;
            await using (var db = await factory.CreateDbContextAsync(ct))
            {
                rows = await Project(Filtered(db, filter).Where(e => e.Id < before).OrderByDescending(e => e.Id).Take(ChunkSize)).ToListAsync(ct);
            }
            if (rows.Count == 0) yield break;
            before = rows[^1].Id;
            foreach (var row in rows) yield return row;
        }
    }

    /// <summary>Everyone who has written something, for the actor filter.</summary>
    public async Task<IReadOnlyList<string>> ActorsAsync(CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.Set<AuditEntry>().AsNoTracking().Select(e => e.Actor).Distinct().OrderBy(a => a).Take(1000).ToListAsync(ct);
    }

    private static IQueryable<AuditEntry> Filtered(DashboardDbContext db, AuditFilter filter)
    {
        var q = db.Set<AuditEntry>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Actor)) q = q.Where(e => e.Actor == filter.Actor.Trim());
        if (!string.IsNullOrWhiteSpace(filter.Action)) q = q.Where(e => e.Action == filter.Action.Trim());
        if (!string.IsNullOrWhiteSpace(filter.EntityType)) q = q.Where(e => e.EntityType == filter.EntityType.Trim());
        if (!string.IsNullOrWhiteSpace(filter.EntityKey)) q = q.Where(e => e.EntityKey == filter.EntityKey.Trim());
        if (filter.From is { } from)
        {
            var start = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            q = q.Where(e => e.At >= start);
        }
        if (filter.To is { } to)
        {
            var end = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            q = q.Where(e => e.At < end);
        }
        return q;
    }

    private static IQueryable<AuditRow> Project(IQueryable<AuditEntry> q) =>
        q.Select(e => new AuditRow(e.Id, e.At, e.Actor, e.Action, e.EntityType, e.EntityKey, e.Before, e.After));
}
