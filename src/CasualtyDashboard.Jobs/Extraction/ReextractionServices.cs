using CasualtyDashboard.Jobs.Jobs;
using CasualtyDashboard.Jobs.Options;
using CasualtyDashboard.Jobs.Scheduling;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CasualtyDashboard.Jobs.Extraction;

public static class ReextractionServices
{
    /// <summary>The recurring re-extraction job (<c>Jobs:Reextract:Cron</c>).</summary>
    public static IServiceCollection AddReextraction(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ReextractJobOptions>().BindConfiguration(ReextractJobOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        var cron = configuration.GetValue($"{ReextractJobOptions.SectionName}:{nameof(ReextractJobOptions.Cron)}", new ReextractJobOptions().Cron)!;
        services.AddSingleton(new JobDefinition(ReextractArticlesJob.Name, typeof(ReextractArticlesJob), cron,
            "Re-extracts articles whose figures come from an older extractor version"));
        services.AddScoped<ReextractArticlesJob>();
        return services;
    }
}
