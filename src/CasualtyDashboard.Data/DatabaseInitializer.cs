using CasualtyDashboard.Data.Providers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CasualtyDashboard.Data;

/// <summary>Applies the migrations at start, before anything else touches the database. Never calls EnsureCreated.</summary>
internal sealed class DatabaseInitializer(
    IDbContextFactory<DashboardDbContext> factory,
    IOptions<DataOptions> options,
    ILogger<DatabaseInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.MigrateOnStart) return;
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        await db.Database.MigrateAsync(cancellationToken);
        if (db.Database.IsSqlite()) await SqliteProviderAdapter.EnableWriteAheadLogAsync(db, cancellationToken);
        logger.LogInformation("Database ready; applied {Count} migrations: {Migrations}", pending.Count, string.Join(", ", pending));
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
