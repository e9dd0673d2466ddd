using CasualtyDashboard.Jobs.Extraction;
using CasualtyDashboard.Jobs.Jobs;
using CasualtyDashboard.Jobs.Options;
using CasualtyDashboard.Jobs.Scheduling;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CasualtyDashboard.Jobs.Ingestion;

public static class IngestionChannels
{
    /// <summary>
    /// The file and HTTP channels' services (<c>Import</c> settings, file reader, chunked importer, retry of failed
    /// articles) and, when <c>Import:WatchFolder</c> is set, the watched-folder job.
    /// </summary>
    public static IHostApplicationBuilder AddIngestionChannels(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        var contentRoot = builder.Environment.ContentRootPath;
        services.AddOptions<ImportOptions>().BindConfiguration(ImportOptions.SectionName)
            .PostConfigure(o => o.WatchFolder = string.IsNullOrWhiteSpace(o.WatchFolder) ? null : Path.GetFullPath(o.WatchFolder, contentRoot))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ArticleFileReader>();
        services.AddSingleton<ArticleImporter>();
        services.AddSingleton<FailedArticleRetrier>();
        services.AddSingleton<WatchedFolderImporter>();
        services.AddScoped<ImportWatchedFolderJob>();

        var section = builder.Configuration.GetSection(ImportOptions.SectionName);
        if (!string.IsNullOrWhiteSpace(section[nameof(ImportOptions.WatchFolder)]))
        {
            services.AddSingleton(new JobDefinition(ImportWatchedFolderJob.Name, typeof(ImportWatchedFolderJob),
                section[nameof(ImportOptions.WatchCron)] ?? new ImportOptions().WatchCron,
                "Imports the files dropped into the watched folder, then moves them to done/ or failed/"));
        }
        return builder;
    }
}
