using CasualtyDashboard.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace CasualtyDashboard.Web.Endpoints;

/// <summary>
/// The account forms' posts (the pages are static server-rendered: a cookie cannot be set from a circuit). Each checks
/// its antiforgery token (a form field, validated by <c>UseAntiforgery</c>), then redirects: back to the form with an
/// error code, or on. <c>POST /account/session</c> signs in (rate-limited per address; a wrong password counts towards
/// the lockout), <c>POST /account/signout</c> signs out, <c>POST /account/password</c> changes the signed-in user's password.
/// </summary>
public static class AccountEndpoints
{
    public const string SessionPath = "/account/session";
    public const string SignOutPath = "/account/signout";
    public const string PasswordPath = "/account/password";
    public const string ChangePasswordPage = "/account/change-password";

    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(SessionPath, SignInAsync).AllowAnonymous().RequireRateLimiting(AccountsWeb.SignInRateLimit);
        endpoints.MapPost(SignOutPath, async ([FromForm] string? returnUrl, SignInManager<IdentityUser> signIn) =>
        {
            await signIn.SignOutAsync();
            return Results.LocalRedirect(AccountsWeb.SignInPath);
        }).AllowAnonymous();
        endpoints.MapPost(PasswordPath, ChangePasswordAsync).RequireAuthorization(Policies.Read).RequireRateLimiting(AccountsWeb.SignInRateLimit);
        return endpoints;
    }

    private static async Task<IResult> SignInAsync(
        [FromForm] string? email, [FromForm] string? password, [FromForm] string? returnUrl, [FromForm] string? remember,
        SignInManager<IdentityUser> signIn, ILoggerFactory loggers)
    {
        var back = LocalOr(returnUrl, "/");
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrEmpty(password)) return Back("missing", back);
        var result = await signIn.PasswordSignInAsync(email.Trim(), password, isPersistent: remember == "on", lockoutOnFailure: true);
        var logger = loggers.CreateLogger(typeof(AccountEndpoints));
        if (result.Succeeded)
        {
            logger.LogInformation("{Email} signed in", email.Trim());
            return Results.LocalRedirect(back);
        }
        logger.LogWarning("Sign-in refused for {Email}: {Reason}", email.Trim(), result.IsLockedOut ? "locked out" : "wrong email or password");
        return Back(result.IsLockedOut ? "locked" : result.IsNotAllowed ? "notallowed" : "invalid", back);
    }

    private static async Task<IResult> ChangePasswordAsync(
        [FromForm] string? current, [FromForm] string? password, [FromForm] string? confirm, HttpContext http,
        UserManager<IdentityUser> users, SignInManager<IdentityUser> signIn)
    {
        if (await users.GetUserAsync(http.User) is not { } user) return Results.LocalRedirect(AccountsWeb.SignInPath);
        if (string.IsNullOrEmpty(current) || string.IsNullOrEmpty(password)) return Results.LocalRedirect(ChangePasswordPage + "?error=missing");
        if (password != confirm) return Results.LocalRedirect(ChangePasswordPage + "?error=mismatch");
        var changed = await users.ChangePasswordAsync(user, current, password);
        if (!changed.Succeeded)
        {
            var code = changed.Errors.Any(e => e.Code == "PasswordMismatch") ? "wrong" : "weak";
            return Results.LocalRedirect(ChangePasswordPage + "?error=" + code);
        }
        // The stamp changed: other sessions of this account end at their next check; this one is renewed.
        await signIn.RefreshSignInAsync(user);
        return Results.LocalRedirect(ChangePasswordPage + "?done=1");
    }

    private static IResult Back(string error, string returnUrl) =>
        Results.LocalRedirect($"{AccountsWeb.SignInPath}?error={error}&returnUrl={Uri.EscapeDataString(returnUrl)}");

    /// <summary>A path on this site (never another host, never <c>//host</c>), else <paramref name="fallback"/>.</summary>
    public static string LocalOr(string? url, string fallback) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\')) ? url : fallback;
}
