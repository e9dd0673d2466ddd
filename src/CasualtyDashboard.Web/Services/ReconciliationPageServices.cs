using CasualtyDashboard.Web.Services.Dashboard;

namespace CasualtyDashboard.Web.Services;

public static class ReconciliationPageServices
{
    /// <summary>The page services of the Conflicts page and the Dashboard's reconciled chart.</summary>
    public static IServiceCollection AddReconciliationPages(this IServiceCollection services)
    {
        services.AddScoped<ConflictsPageService>();
        services.AddScoped<DashboardChartService>();
        // The reconciliation output the dashboards read, one copy for the app per reconciliation version (decision 056).
        services.AddSingleton<DashboardDataCache>();
        services.AddScoped<DashboardFigureBuilder>();
        services.AddScoped<ClaimSentenceQuery>();
        services.AddScoped<ConflictLabels>();
        return services;
    }
}
