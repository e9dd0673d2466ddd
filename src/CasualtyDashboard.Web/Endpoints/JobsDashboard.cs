using CasualtyDashboard.Data.Accounts;
using CasualtyDashboard.Web.Security;
using Hangfire;
using Hangfire.Dashboard;

namespace CasualtyDashboard.Web.Endpoints;

/// <summary>
/// Hangfire's dashboard at <c>/hangfire</c>, an operator's view of the triggers (queues, servers, recurring jobs, each run's
/// parameters with its progress), behind the app's policies: Analysts read it, Admins also use its buttons (trigger,
/// delete, requeue), everyone else gets 401 (no login) or 403 (a Viewer or a key). The storage's connection string is
/// never shown.
/// </summary>
public static class JobsDashboard
{
    public const string Path = "/hangfire";

    /// <summary>The dashboard's own policy: Analyst or Admin (no key scope opens it).</summary>
    public const string Policy = "JobsDashboard";

    public static DashboardOptions Options() => new()
    {
        AppPath = "/jobs",
        DashboardTitle = "CasualtyDashboard · Hangfire",
        DisplayStorageConnectionString = false,
        IsReadOnlyFunc = context => !context.GetHttpContext().User.IsInRole(Roles.Admin),
    };

    public static IEndpointRouteBuilder MapJobsDashboard(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHangfireDashboardWithAuthorizationPolicy(Policy, Path, Options(), endpoints.ServiceProvider.GetRequiredService<JobStorage>());
        return endpoints;
    }

    internal static void AddPolicy(Microsoft.AspNetCore.Authorization.AuthorizationOptions options) =>
        options.AddPolicy(Policy, p => p.RequireRole(Roles.Analyst, Roles.Admin));
}
