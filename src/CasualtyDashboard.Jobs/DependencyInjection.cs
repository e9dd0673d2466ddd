using CasualtyDashboard.Data.Providers;
using CasualtyDashboard.Extraction;
using CasualtyDashboard.Jobs.Demo;
using CasualtyDashboard.Jobs.Extraction;
using CasualtyDashboard.Jobs.Feeds;
using CasualtyDashboard.Jobs.Ingestion;
using CasualtyDashboard.Jobs.Jobs;
using CasualtyDashboard.Jobs.Options;
using CasualtyDashboard.Jobs.Reconciliation;
using CasualtyDashboard.Jobs.Scheduling;
using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.Dashboard;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CasualtyDashboard.Jobs;

public static class DependencyInjection
{
    /// <summary>The extractor, ingestion, Hangfire (storage per <c>Database:Provider</c>, server, recurring jobs), the jobs, and demo data at first start.</summary>
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

        builder.AddHangfireJobs();
        // Order matters: the database is migrated (Data) before demo data is loaded, before the scheduler starts.
        services.AddHostedService<DemoDataSeeder>();
        services.AddHostedService<HangfireJobsHostedService>();
        builder.AddReconciliation();
        return builder;
    }

    /// <summary>
    /// Hangfire through DI only, no process-wide state (so several hosts in one test process stay apart): the storage
    /// chosen by <c>Database:Provider</c>, the client and recurring-job manager over it, the DI job activator, the
    /// dashboard's marker services, the guard that keeps runs of a job apart, the launcher, and a host shutdown timeout
    /// longer than the server's so cancelled jobs can record their end. The app sets Hangfire's process-wide settings
    /// (serializer, logging) once with <see cref="HangfireProcess.Configure"/>.
    /// </summary>
    private static void AddHangfireJobs(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        var settings = JobStorageSettings.From(builder.Configuration);
        services.AddSingleton(settings);
        services.AddSingleton(_ => HangfireStorageFactory.Create(settings));
        services.AddSingleton<JobActivator>(sp => new AspNetCoreJobActivator(sp.GetRequiredService<IServiceScopeFactory>()));
        services.AddSingleton<IBackgroundJobClient>(sp => new BackgroundJobClient(sp.GetRequiredService<JobStorage>()));
        services.AddSingleton<IRecurringJobManager>(sp => new RecurringJobManager(sp.GetRequiredService<JobStorage>()));
        // What UseHangfireDashboard looks for; AddHangfire would also bind Hangfire's static logger to this host's
        // logger factory, which breaks every other host in the process once this one is disposed.
        services.AddSingleton<IGlobalConfiguration>(_ => GlobalConfiguration.Configuration);
        services.AddSingleton(_ => DashboardRoutes.Routes);
        services.AddSingleton<IJobRunGuard>(_ => settings.Shared
            ? new DatabaseJobRunGuard(ProviderAdapters.Of(settings.Kind), settings.ConnectionString!)
            : new InProcessJobRunGuard());
        services.AddSingleton(sp => new JobLauncher(sp.GetServices<JobDefinition>(), sp.GetRequiredService<JobStorage>(), sp.GetRequiredService<IBackgroundJobClient>()));
        services.Configure<HostOptions>(o =>
        {
            var needed = HangfireJobsHostedService.ServerShutdownTimeout + TimeSpan.FromSeconds(15);
            if (o.ShutdownTimeout < needed) o.ShutdownTimeout = needed;
        });
    }
}
