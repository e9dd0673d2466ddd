using CasualtyDashboard.Web.Services.Export;

namespace CasualtyDashboard.Web.Services;

public static class AnalystUiServices
{
    /// <summary>The analyst pages' services: export writers, localisation (English, Arabic).</summary>
    public static IServiceCollection AddAnalystUi(this IServiceCollection services)
    {
        services.AddSingleton<IExportWriter, CsvExportWriter>();
        services.AddSingleton<IExportWriter, JsonExportWriter>();
        services.AddSingleton<IExportWriter, XlsxExportWriter>();
        services.AddSingleton<ExportWriters>();
        return services;
    }
}
