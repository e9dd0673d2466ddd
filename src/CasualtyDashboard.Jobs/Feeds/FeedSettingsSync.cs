using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CasualtyDashboard.Jobs.Feeds;

/// <summary>At start (after the database is migrated, before the scheduler) upserts <c>Feeds:Sources</c> into the feeds table.</summary>
internal sealed class FeedSettingsSync(FeedCatalog catalog, IOptions<FeedOptions> options) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) =>
        options.Value.Sources.Count == 0 ? Task.CompletedTask : catalog.SyncSettingsAsync(options.Value.Sources, cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
