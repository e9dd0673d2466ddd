using Hangfire;
using Hangfire.Dashboard;

namespace CasualtyDashboard.Web.Endpoints;

/// <summary>
/// Hangfire's dashboard at <c>/hangfire</c>, an operator's view of the triggers (queues, servers, recurring jobs, each run's
/// parameters with its progress). Until accounts exist it answers local requests only (Hangfire's default
/// <see cref="LocalRequestsOnlyAuthorizationFilter"/>) and is read-only for everyone: "Run now" and "Retry failed" are on
/// the app's Jobs page. The storage's connection string is never shown.
/// </summary>
public static class JobsDashboard
{
    public const string Path = "/hangfire";

    public static DashboardOptions Options() => new()
    {
        AppPath = "/jobs",
        DashboardTitle = "CasualtyDashboard · Hangfire",
        DisplayStorageConnectionString = false,
        IsReadOnlyFunc = _ => true,
    };

    public static IApplicationBuilder UseJobsDashboard(this IApplicationBuilder app) =>
        app.UseHangfireDashboard(Path, Options(), app.ApplicationServices.GetRequiredService<JobStorage>());
}
