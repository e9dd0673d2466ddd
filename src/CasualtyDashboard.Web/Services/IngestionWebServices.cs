using CasualtyDashboard.Data.Queries;

namespace CasualtyDashboard.Web.Services;

public static class IngestionWebServices
{
    /// <summary>The article API's query and the Import and Jobs pages' services.</summary>
    public static IHostApplicationBuilder AddIngestionWeb(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ArticlePipelineQueries>();
        builder.Services.AddScoped<ImportPageService>();
        builder.Services.AddScoped<JobsPageService>();
        return builder;
    }
}
