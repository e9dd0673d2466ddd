using CasualtyDashboard.Data.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace CasualtyDashboard.Web.Security;

/// <summary>
/// The authorization policies of pages, endpoints and the Hangfire dashboard (the accounts contract): <see cref="Read"/>
/// (Viewer, Analyst or Admin, or the <c>read</c> scope; anyone when <c>Accounts:AnonymousRead</c>), <see cref="Ingest"/>
/// (Analyst or Admin, or <c>ingest</c>), <see cref="Decide"/> (Analyst or Admin, or <c>decide</c>), <see cref="Admin"/>
/// (the Admin role). The same rule (<see cref="Permissions.Allows"/>) guards the services the pages' buttons call.
/// </summary>
public static class Policies
{
    public const string Read = "Read";
    public const string Ingest = "Ingest";
    public const string Decide = "Decide";
    public const string Admin = "Admin";

    internal static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(Read, p => p.AddRequirements(new PermissionRequirement(Permission.Read)));
        options.AddPolicy(Ingest, p => p.AddRequirements(new PermissionRequirement(Permission.Ingest)));
        options.AddPolicy(Decide, p => p.AddRequirements(new PermissionRequirement(Permission.Decide)));
        options.AddPolicy(Admin, p => p.AddRequirements(new PermissionRequirement(Permission.Admin)));
        Endpoints.JobsDashboard.AddPolicy(options);
        // Any endpoint that names no policy (a new one, the Blazor hub) needs Read: nothing is open by omission.
        options.FallbackPolicy = options.GetPolicy(Read);
    }
}

/// <summary>Met when the user holds <see cref="Permission"/>; <see cref="Permission.Read"/> also by anyone when anonymous reading is on.</summary>
public sealed record PermissionRequirement(Permission Permission) : IAuthorizationRequirement;

internal sealed class PermissionHandler(IOptionsMonitor<AccountsOptions> options) : AuthorizationHandler<PermissionRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        if (Permissions.Allows(context.User, requirement.Permission)
            || (requirement.Permission == Permission.Read && options.CurrentValue.AnonymousRead && context.User.Identity?.IsAuthenticated != true))
            context.Succeed(requirement);
        return Task.CompletedTask;
    }
}
