using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using CasualtyDashboard.Data.Accounts;
using CasualtyDashboard.Data.Analysts;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.Identity;

namespace CasualtyDashboard.Web.Security;

/// <summary>
/// Sign-in (Identity's cookie), API keys (a Bearer header), the policies, the circuit's user, and rate limits. One
/// policy scheme picks the handler per request: the API key handler when an <c>Authorization: Bearer</c> header is
/// present, else the cookie. Under <c>/api</c> and <c>/hangfire</c> a missing login answers 401 and a missing role 403,
/// never a redirect; pages redirect to the sign-in page.
/// </summary>
public static class AccountsWeb
{
    public const string SelectorScheme = "Dashboard";
    public const string SignInPath = "/account/signin";
    public const string DeniedPath = "/account/denied";
    public const string SignInRateLimit = "signin";

    public static IHostApplicationBuilder AddDashboardAccountsWeb(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddHttpContextAccessor();
        services.AddSingleton<ICurrentUserSource, CircuitUser>();
        services.AddSingleton<ICurrentUserSource, HttpRequestUser>();
        services.AddScoped<CircuitHandler, CircuitUserHandler>();

        services.AddAuthentication(o =>
            {
                o.DefaultScheme = SelectorScheme;
                o.DefaultChallengeScheme = SelectorScheme;
            })
            .AddPolicyScheme(SelectorScheme, null, o => o.ForwardDefaultSelector = context =>
                ApiKeyAuthenticationHandler.BearerToken(context.Request) is not null ? ApiKeyAuthenticationHandler.SchemeName : IdentityConstants.ApplicationScheme)
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null)
            .AddIdentityCookies();
        services.AddIdentityCore<IdentityUser>().AddSignInManager();
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<Microsoft.Extensions.Options.IOptions<AccountsOptions>>((cookie, accounts) =>
            {
                cookie.Cookie.Name = ".CasualtyDashboard.Session";
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Lax;
                cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                cookie.LoginPath = SignInPath;
                cookie.LogoutPath = "/account/signout";
                cookie.AccessDeniedPath = DeniedPath;
                cookie.ExpireTimeSpan = TimeSpan.FromDays(accounts.Value.CookieDays);
                cookie.SlidingExpiration = true;
                cookie.Events.OnRedirectToLogin = context => RedirectOrStatus(context, StatusCodes.Status401Unauthorized);
                cookie.Events.OnRedirectToAccessDenied = context => RedirectOrStatus(context, StatusCodes.Status403Forbidden);
            });
        // Identity re-reads the user behind a cookie every so often: a locked or removed account stops working.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));

        services.AddSingleton<IAuthorizationHandler, PermissionHandler>();
        services.AddAuthorization(Policies.Add);
        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, RevalidatingUserState>();
        services.AddRateLimiter(AddRateLimits);
        return builder;
    }

    /// <summary>Authentication, the rate limits (after it, so <c>/api</c> counts per key or user) and authorization.</summary>
    public static WebApplication UseDashboardAccounts(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();
        return app;
    }

    /// <summary>True for paths answered with status codes instead of the sign-in page: the API and Hangfire's dashboard.</summary>
    public static bool IsMachinePath(PathString path) => path.StartsWithSegments("/api") || path.StartsWithSegments(Endpoints.JobsDashboard.Path);

    private static Task RedirectOrStatus(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (IsMachinePath(context.Request.Path)) context.Response.StatusCode = status;
        else context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }

    private static void AddRateLimits(RateLimiterOptions options)
    {
        options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        options.OnRejected = async (context, ct) =>
        {
            context.HttpContext.Response.Headers.RetryAfter = "60";
            if (IsMachinePath(context.HttpContext.Request.Path))
                await context.HttpContext.Response.WriteAsJsonAsync(new { error = "Too many requests: wait a minute and try again." }, ct);
            else
                await context.HttpContext.Response.WriteAsync("Too many attempts: wait a minute and try again.", ct);
        };
        options.AddPolicy(SignInRateLimit, context =>
        {
            var limit = context.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<AccountsOptions>>().Value.SignInPerMinute;
            return RateLimitPartition.GetFixedWindowLimiter("signin|" + ClientAddress(context), _ => PerMinute(limit));
        });
        options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
        {
            if (!context.Request.Path.StartsWithSegments("/api")) return RateLimitPartition.GetNoLimiter("");
            var limit = context.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<AccountsOptions>>().Value.ApiPerMinute;
            var who = context.User.Identity?.IsAuthenticated == true ? "user|" + CurrentAnalyst.NameOf(context.User) : "address|" + ClientAddress(context);
            return RateLimitPartition.GetFixedWindowLimiter(who, _ => PerMinute(limit));
        });
    }

    private static FixedWindowRateLimiterOptions PerMinute(int limit) =>
        new() { PermitLimit = limit, Window = TimeSpan.FromMinutes(1), QueueLimit = 0, AutoReplenishment = true };

    private static string ClientAddress(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
