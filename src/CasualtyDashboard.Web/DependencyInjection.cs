using CasualtyDashboard.Web.Resources;
using CasualtyDashboard.Web.Services;
using CasualtyDashboard.Web.Services.Dashboard;
using MudBlazor;
using MudBlazor.Services;

namespace CasualtyDashboard.Web;

public static class DependencyInjection
{
    /// <summary>Blazor Server (interactive server render mode), MudBlazor, and the page services.</summary>
    public static IHostApplicationBuilder AddDashboardWeb(this IHostApplicationBuilder builder)
    {
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddMudServices();
        // MudBlazor's own strings in Arabic (it ships English only): Resources/MudResource.ar.resx.
        builder.Services.AddTransient<MudLocalizer, MudResourceLocalizer>();
        builder.Services.AddScoped<TrendChartService>();
        builder.AddIngestionWeb();
        builder.Services.AddAnalystUi();
        builder.Services.AddReconciliationPages();
        return builder;
    }
}
