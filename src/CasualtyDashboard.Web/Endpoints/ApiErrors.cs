using CasualtyDashboard.Data.Providers;

namespace CasualtyDashboard.Web.Endpoints;

/// <summary>
/// Failures under <c>/api</c> answer JSON, never the error page: <c>503</c> with <c>Retry-After</c> when the database
/// cannot take the request now (read-only, full, locked, unreachable: <see cref="DatabaseFailures"/>), else <c>500</c>.
/// </summary>
public static class ApiErrors
{
    public const int RetryAfterSeconds = 5;

    public static IApplicationBuilder UseApiErrors(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (!context.Request.Path.StartsWithSegments("/api"))
        {
            await next(context);
            return;
        }
        try
        {
            await next(context);
        }
        catch (Exception ex) when (!context.RequestAborted.IsCancellationRequested && !context.Response.HasStarted)
        {
            var unavailable = DatabaseFailures.IsUnavailable(ex);
            var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ApiErrors));
            logger.LogError(ex, "{Method} {Path} failed", context.Request.Method, context.Request.Path);
            context.Response.Clear();
            context.Response.StatusCode = unavailable ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status500InternalServerError;
            if (unavailable) context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            await context.Response.WriteAsJsonAsync(new
            {
                error = unavailable
                    ? DatabaseFailures.IsReadOnly(ex)
                        ? "The database cannot be written now (read-only or full): nothing was stored. Try again once it is writable."
                        : "The database is busy or unreachable now: nothing was stored. Try again in a moment."
                    : "The request failed on the server; the log has the details.",
            });
        }
    });
}
