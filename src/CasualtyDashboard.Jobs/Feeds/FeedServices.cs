using CasualtyDashboard.Data.Queries;
using CasualtyDashboard.Jobs.Jobs;
using CasualtyDashboard.Jobs.Scheduling;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CasualtyDashboard.Jobs.Feeds;

public static class FeedServices
{
    /// <summary>News feeds: options (<c>Feeds</c>, <c>Jobs:PollFeeds</c>), the HTTP client, poller, catalog, queries, the job, and the settings' feeds at start.</summary>
    public static IServiceCollection AddFeeds(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<FeedOptions>().BindConfiguration(FeedOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<PollFeedsJobOptions>().BindConfiguration(PollFeedsJobOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddFeedHttpClient();
        services.AddSingleton<FeedFetcher>();
        services.AddSingleton<FeedPoller>();
        services.AddSingleton<FeedCatalog>();
        services.AddSingleton<FeedQueries>();
        var cron = configuration.GetValue($"{PollFeedsJobOptions.SectionName}:{nameof(PollFeedsJobOptions.Cron)}", new PollFeedsJobOptions().Cron)!;
        services.AddSingleton(new JobDefinition(PollFeedsJob.Name, typeof(PollFeedsJob), cron, "Polls the news feeds whose interval has elapsed"));
        services.AddScoped<PollFeedsJob>();
        // Registered before the scheduler's hosted service, so the settings' feeds are in the table before the first poll.
        services.AddHostedService<FeedSettingsSync>();
        return services;
    }

    /// <summary>The named <c>feeds</c> client: User-Agent from the settings, no client-wide timeout (the fetcher limits each exchange).</summary>
    public static IServiceCollection AddFeedHttpClient(this IServiceCollection services)
    {
        services.AddHttpClient(FeedFetcher.ClientName, (provider, client) =>
            {
                client.Timeout = Timeout.InfiniteTimeSpan;
                client.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", provider.GetRequiredService<IOptions<FeedOptions>>().Value.UserAgent);
            })
            .ConfigurePrimaryHttpMessageHandler(provider => FeedFetcher.CreateHandler(provider.GetRequiredService<IOptions<FeedOptions>>().Value))
            // One log line per request would drown the log (a poll fetches up to 100 pages); the poller logs each feed's outcome.
            .RemoveAllLoggers();
        return services;
    }
}
