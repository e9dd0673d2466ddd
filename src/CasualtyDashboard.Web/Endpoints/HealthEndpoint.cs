using CasualtyDashboard.Data;
using CasualtyDashboard.Data.Queries;

namespace CasualtyDashboard.Web.Endpoints;

public static class HealthEndpoint
{
    /// <summary>
    /// <c>GET /health</c>: 200 with the database's counts when it answers and takes a write (a row added and removed in
    /// one transaction); 503 with the reason when it cannot be read or written.
    /// </summary>
    public static IEndpointRouteBuilder MapHealthEndpoint(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/health", async (FigureQueries queries, DatabaseHealth health, CancellationToken ct) =>
        {
            try
            {
                var counts = await queries.CountsAsync(ct);
                if (await health.ProbeWriteAsync(ct) is { } notWritable)
                    return Results.Json(new { status = "unhealthy", database = notWritable }, statusCode: StatusCodes.Status503ServiceUnavailable);
                return Results.Ok(new { status = "healthy", database = "ok", counts.Articles, counts.PendingArticles, counts.FailedArticles, counts.Figures });
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                return Results.Json(new { status = "unhealthy", database = ex.Message }, statusCode: StatusCodes.Status503ServiceUnavailable);
            }
        }).AllowAnonymous();
        return endpoints;
    }
}
