using CasualtyDashboard.Data.Entities;
using CasualtyDashboard.Jobs.Feeds;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CasualtyDashboard.Jobs.Tests.Feeds;

/// <summary>The feed poller and catalog over a real migrated SQLite file, the real HTTP client wiring, and a local test server.</summary>
public sealed class FeedHarness : IAsyncDisposable
{
    private readonly ServiceProvider _http;

    private FeedHarness(FeedTestServer server, FeedOptions options)
    {
        Server = server;
        Options = options;
        var wrapped = Microsoft.Extensions.Options.Options.Create(options);
        _http = new ServiceCollection().AddSingleton(wrapped).AddFeedHttpClient().BuildServiceProvider();
        var fetcher = new FeedFetcher(_http.GetRequiredService<IHttpClientFactory>(), wrapped);
        Poller = new FeedPoller(Pipeline, fetcher, Pipeline.Ingestor, wrapped, Pipeline.Updates, Pipeline.Clock, NullLogger<FeedPoller>.Instance);
        Catalog = new FeedCatalog(Pipeline, Poller, Pipeline.Launcher, wrapped, Pipeline.Updates, Pipeline.Audit, Pipeline.Clock, NullLogger<FeedCatalog>.Instance,
            CasualtyDashboard.Data.Analysts.CurrentAnalyst.Named("test-admin"));
    }

    public PipelineHarness Pipeline { get; } = new();
    public FeedTestServer Server { get; }
    public FeedOptions Options { get; }
    public FeedPoller Poller { get; }
    public FeedCatalog Catalog { get; }

    /// <summary>
    /// Starts the test server on 127.0.0.1 and the poller; <paramref name="allowLoopback"/> names 127.0.0.1 in
    /// <c>Feeds:AllowedInternalHosts</c> (as an operator would for an internal feed), else loopback is refused like any internal address.
    /// </summary>
    public static async Task<FeedHarness> StartAsync(FeedOptions? options = null, bool allowLoopback = true)
    {
        options ??= new FeedOptions { RequestTimeoutSeconds = 10, MaxPageBytes = 64 * 1024 };
        if (allowLoopback) options.AllowedInternalHosts.Add("127.0.0.1");
        return new(await FeedTestServer.StartAsync(), options);
    }

    /// <summary>Adds a feed served at <paramref name="path"/> as the page would.</summary>
    public async Task<long> AddFeedAsync(string path, string outlet, int intervalMinutes = 30)
    {
        var result = await Catalog.AddAsync(Server.Url(path).AbsoluteUri, outlet, intervalMinutes);
        Assert.True(result.Succeeded, MessageEnglish.Text(result.Message));
        return result.FeedId!.Value;
    }

    public async Task<Feed> FeedAsync(long id)
    {
        await using var db = Pipeline.CreateDbContext();
        return await db.Set<Feed>().FindAsync(id) ?? throw new InvalidOperationException($"no feed {id}");
    }

    public async ValueTask DisposeAsync()
    {
        await _http.DisposeAsync();
        await Server.DisposeAsync();
        Pipeline.Dispose();
    }
}
