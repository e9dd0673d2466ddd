using CasualtyDashboard.Data;
using CasualtyDashboard.Jobs;
using CasualtyDashboard.Web;
using CasualtyDashboard.Web.Components;
using CasualtyDashboard.Web.Endpoints;

var builder = WebApplication.CreateBuilder(args);
// Serve package assets (Radzen, collocated JS) from the build output in every environment, not only Development.
builder.WebHost.UseStaticWebAssets();

builder.AddDashboardData();
builder.AddDashboardJobs();
builder.AddDashboardWeb();

var app = builder.Build();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error", createScopeForErrors: true);
}
app.UseDashboardLocalization();
app.UseAntiforgery();
app.MapStaticAssets();
app.MapHealthEndpoint();
app.MapArticleEndpoints();
app.MapReconciliationEndpoints();
app.MapExportEndpoints();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

app.Run();

/// <summary>The entry point, public so HTTP tests can host the real app.</summary>
public partial class Program;
