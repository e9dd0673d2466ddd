using CasualtyDashboard.Web.Services.Export;
using CasualtyDashboard.Web.Services.Figures;

namespace CasualtyDashboard.Web.Services;

public static class AnalystUiServices
{
    /// <summary>The analyst pages' services: export writers, localisation (English, Arabic).</summary>
    public static IServiceCollection AddAnalystUi(this IServiceCollection services)
    {
        services.AddLocalization();
        services.AddSingleton<IExportWriter, CsvExportWriter>();
        services.AddSingleton<IExportWriter, JsonExportWriter>();
        services.AddSingleton<IExportWriter, XlsxExportWriter>();
        services.AddSingleton<ExportWriters>();
        services.AddSingleton<ReconciledJsonCache>();
        services.AddScoped<FigureReviewActions>();
        services.AddScoped<FigureGridWarmUp>();
        services.AddScoped<CodeNames>();
        services.AddScoped<SeriesNames>();
        services.AddScoped<Audit.AuditPageService>();
        services.AddScoped<MessageText>();
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new MessageJsonConverter()));
        return services;
    }
}
