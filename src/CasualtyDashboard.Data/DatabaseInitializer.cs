using CasualtyDashboard.Data.Providers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CasualtyDashboard.Data;

/// <summary>
/// Applies the migrations at start, before anything else touches the database. Never calls EnsureCreated. On the
/// server engines it holds the provider's start-up lock from before the migrations until every hosted service has
/// started (so the demo load too), so instances that start together take turns.
/// </summary>
internal sealed class DatabaseInitializer(
    IDbContextFactory<DashboardDbContext> factory,
    IOptions<DataOptions> options,
    ILogger<DatabaseInitializer> logger) : IHostedLifecycleService, IAsyncDisposable
{
    private IAsyncDisposable? _startupLock;

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var adapter = ProviderAdapters.For(db);
        _startupLock = await adapter.LockStartupAsync(db.Database.GetConnectionString()!, cancellationToken);
        if (!options.Value.MigrateOnStart) return;
        var pending = await DatabaseUpgrade.MigrateAsync(db, cancellationToken);
        logger.LogInformation("Database ready ({Provider}); applied {Count} migrations: {Migrations}",
            adapter.Provider, pending.Count, string.Join(", ", pending));
    }

    /// <summary>Every hosted service has started (the demo data is loaded): the next instance may go.</summary>
    public Task StartedAsync(CancellationToken cancellationToken) => ReleaseAsync().AsTask();

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public ValueTask DisposeAsync() => ReleaseAsync();

    private async ValueTask ReleaseAsync()
    {
        var held = Interlocked.Exchange(ref _startupLock, null);
        if (held is not null) await held.DisposeAsync();
    }
}
