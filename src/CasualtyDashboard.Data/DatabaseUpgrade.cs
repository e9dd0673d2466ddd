using System.Linq.Expressions;
using CasualtyDashboard.Data.Entities;
using CasualtyDashboard.Data.Providers;
using Microsoft.EntityFrameworkCore;

namespace CasualtyDashboard.Data;

/// <summary>
/// Brings a database up to date: the provider's migrations, its settings (SQLite: write-ahead logging), then data the
/// migrations cannot compute in SQL on every engine (the SHA-256 key hashes of rows stored before those columns existed,
/// in a SQLite file made by an older version). The app, the CLI and the tests all upgrade through here.
/// </summary>
public static class DatabaseUpgrade
{
    /// <summary>Applies what is pending; returns the migrations applied.</summary>
    public static async Task<IReadOnlyList<string>> MigrateAsync(DashboardDbContext db, CancellationToken ct)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
        await db.Database.MigrateAsync(ct);
        await ProviderAdapters.For(db).AfterMigrateAsync(db, ct);
        if (pending.Count > 0) await FillKeyHashesAsync(db, ct);
        return pending;
    }

    /// <summary>Fills every missing key hash; returns how many rows got one.</summary>
    public static async Task<int> FillKeyHashesAsync(DashboardDbContext db, CancellationToken ct) =>
        await FillAsync<Article>(db, a => a.Url != null && a.UrlHash == null, ct)
        + await FillAsync<Feed>(db, f => f.UrlHash == null, ct)
        + await FillAsync<FeedItem>(db, i => i.ItemKeyHash == null, ct)
        + await FillAsync<ReconciliationFlag>(db, f => f.KeyHash == null, ct)
        + await FillAsync<AnalystDismissal>(db, d => d.ConflictKeyHash == null, ct)
        + await FillAsync<AnalystResolution>(db, r => r.ConflictKey != null && r.ConflictKeyHash == null, ct);

    private static async Task<int> FillAsync<T>(DashboardDbContext db, Expression<Func<T, bool>> missing, CancellationToken ct) where T : class, IKeyHashed
    {
        var filled = 0;
        while (true)
        {
            var chunk = await db.Set<T>().Where(missing).Take(1000).ToListAsync(ct);
            if (chunk.Count == 0) return filled;
            foreach (var row in chunk) row.RefreshKeyHash();
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            filled += chunk.Count;
        }
    }
}
