using System.Security.Claims;
using System.Text.Encodings.Web;
using CasualtyDashboard.Data.Accounts;
using CasualtyDashboard.Data.Analysts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace CasualtyDashboard.Web.Security;

/// <summary>
/// <c>Authorization: Bearer cdk_...</c>: an API key (<see cref="ApiKeyService"/>). The principal is named
/// <c>key:NAME</c> and carries one <c>scope</c> claim per scope and no role. A bad or revoked key answers 401, a key
/// without the scope 403; neither ever redirects.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ApiKeyService keys)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (BearerToken(Request) is not { } token) return AuthenticateResult.NoResult();
        var key = await keys.ValidateAsync(token, Context.RequestAborted);
        if (key is null) return AuthenticateResult.Fail("Unknown or revoked API key.");
        var claims = new List<Claim>
        {
            new(ClaimTypes.Name, CurrentAnalyst.KeyPrefix + key.Name),
            new(ClaimTypes.NameIdentifier, CurrentAnalyst.KeyPrefix + key.Prefix),
        };
        claims.AddRange(key.Scopes.Select(s => new Claim(ApiKeyScopes.ClaimType, s)));
        var identity = new ClaimsIdentity(claims, SchemeName, ClaimTypes.Name, ClaimTypes.Role);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer";
        return Task.CompletedTask;
    }

    /// <summary>The token of an <c>Authorization: Bearer</c> header, else null.</summary>
    public static string? BearerToken(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) && header.Length > 7 ? header[7..].Trim() : null;
    }
}
