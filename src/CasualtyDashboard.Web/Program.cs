using CasualtyDashboard.Data;
using CasualtyDashboard.Jobs;
using CasualtyDashboard.Web;
using CasualtyDashboard.Web.Components;
using CasualtyDashboard.Web.Endpoints;
using CasualtyDashboard.Web.Security;

var builder = WebApplication.CreateBuilder(args);
builder.UseDefaultUrlUnlessSet();
builder.AddAllowedHostsDefaults();
// Serve package assets (MudBlazor, Plotly.Blazor, collocated JS) from the build output in every environment, not only Development.
builder.WebHost.UseStaticWebAssets();

builder.AddDashboardData();
builder.AddDashboardJobs();
builder.AddDashboardWeb();
builder.AddDashboardAccountsWeb();
builder.AddDiagnostics();

var app = builder.Build();

// Before any start-up work (migrations, demo data, jobs): a busy port stops the app here, with one line.
if (HostingAddresses.FirstBusy(HostingAddresses.Configured(app.Configuration)) is { } busy)
{
    Console.Error.WriteLine(HostingAddresses.BusyMessage(busy));
    return 1;
}
CasualtyDashboard.Jobs.Scheduling.HangfireProcess.Configure(app.Services.GetRequiredService<ILoggerFactory>());

// plotly's bundle is served from the app's copy with V8's compile hint (decision 062): rewritten before routing matches it.
app.UsePlotlyBundle();
app.UseRouting();
if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error", createScopeForErrors: true);
}
app.UseApiErrors();
app.UseCrossSiteGuard();
app.UseDashboardLocalization();
app.UseDashboardAccounts();
app.UseAntiforgery();
app.MapStaticAssets().AllowAnonymous();
app.MapJobsDashboard();
app.MapHealthEndpoint();
app.MapAccountEndpoints();
app.MapArticleEndpoints();
app.MapReconciliationEndpoints();
app.MapExportEndpoints();
app.MapAuditEndpoints();
app.MapDiagnosticsEndpoints(app.Configuration);
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

try
{
    app.Run();
}
catch (IOException ex) when (ex.InnerException is Microsoft.AspNetCore.Connections.AddressInUseException)
{
    // Taken between the check above and Kestrel's own bind.
    Console.Error.WriteLine(ex.Message);
    return 1;
}
return 0;

/// <summary>The entry point, public so HTTP tests can host the real app.</summary>
public partial class Program;
