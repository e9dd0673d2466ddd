using System.Security.Claims;
using CasualtyDashboard.Data.Analysts;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace CasualtyDashboard.Web.Security;

/// <summary>The user of the HTTP request being served (endpoints, static pages).</summary>
internal sealed class HttpRequestUser(IHttpContextAccessor accessor) : ICurrentUserSource
{
    public ClaimsPrincipal? User => accessor.HttpContext?.User;
}

/// <summary>
/// The user of the Blazor circuit whose event (a click, a form, a JS call) is being handled: set by
/// <see cref="CircuitUserHandler"/> around every inbound activity of the circuit, so singletons see it too.
/// </summary>
internal sealed class CircuitUser : ICurrentUserSource
{
    private static readonly AsyncLocal<ClaimsPrincipal?> Current = new();

    public ClaimsPrincipal? User => Current.Value;

    internal static void Set(ClaimsPrincipal? user) => Current.Value = user;
}

/// <summary>Wraps every inbound activity of a circuit with its user (from the circuit's <see cref="AuthenticationStateProvider"/>).</summary>
internal sealed class CircuitUserHandler(AuthenticationStateProvider authentication) : CircuitHandler
{
    public override Func<CircuitInboundActivityContext, Task> CreateInboundActivityHandler(Func<CircuitInboundActivityContext, Task> next) =>
        async context =>
        {
            var state = await authentication.GetAuthenticationStateAsync();
            CircuitUser.Set(state.User);
            await next(context);
        };
}
