using CasualtyDashboard.Extraction;
using CasualtyDashboard.Jobs.Demo;
using CasualtyDashboard.Jobs.Extraction;
using CasualtyDashboard.Jobs.Feeds;
using CasualtyDashboard.Jobs.Ingestion;
using CasualtyDashboard.Jobs.Jobs;
using CasualtyDashboard.Jobs.Options;
using CasualtyDashboard.Jobs.Reconciliation;
using CasualtyDashboard.Jobs.Scheduling;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CasualtyDashboard.Jobs;

public static class DependencyInjection
{
    /// <summary>The extractor, ingestion, the Quartz scheduler with our adapters, the jobs, and demo data at first start.</summary>
    public static IHostApplicationBuilder AddDashboardJobs(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<JobsOptions>().BindConfiguration(JobsOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<DemoOptions>().BindConfiguration(DemoOptions.SectionName);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ICasualtyExtractor, ArabicCasualtyExtractor>();
        services.AddSingleton<DashboardUpdates>();
        services.AddSingleton<ArticleIngestor>();
        services.AddSingleton<JobRunTracker>();
        services.AddScoped<ArticleExtractionService>();

        var jobs = builder.Configuration.GetSection(JobsOptions.SectionName);
        services.AddSingleton(new JobDefinition(ExtractArticlesJob.Name, typeof(ExtractArticlesJob),
            jobs.GetValue($"{nameof(JobsOptions.Extract)}:{nameof(ExtractJobOptions.Cron)}", new ExtractJobOptions().Cron)!,
            "Extracts the casualty figures of pending articles"));
        services.AddScoped<ExtractArticlesJob>();
        builder.AddIngestionChannels();
        services.AddReextraction(builder.Configuration);
        services.AddFeeds(builder.Configuration);

        services.AddSingleton<JobLauncher>();
        services.AddSingleton<ScopedJobFactory>();
        // Order matters: the database is migrated (Data) before demo data is loaded, before the scheduler starts.
        services.AddHostedService<DemoDataSeeder>();
        services.AddHostedService<QuartzHostedService>();
        builder.AddReconciliation();
        return builder;
    }
}
