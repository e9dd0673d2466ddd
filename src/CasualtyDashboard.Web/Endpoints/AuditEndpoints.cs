using CasualtyDashboard.Data.Queries;
using CasualtyDashboard.Web.Services.Audit;
using CasualtyDashboard.Web.Services.Export;

namespace CasualtyDashboard.Web.Endpoints;

public static class AuditEndpoints
{
    /// <summary>
    /// <c>GET /api/audit.csv</c>: the audit log, newest first, streamed as CSV (UTF-8 with a byte-order mark, formula cells
    /// neutralised) with the Audit page's filters (<see cref="AuditFilterQueryString.Parameters"/>).
    /// </summary>
    public static IEndpointRouteBuilder MapAuditEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/audit.csv", (HttpRequest request, ExportWriters writers, AuditQueries query, TimeProvider clock) =>
        {
            if (!AuditFilterQueryString.TryParse(request.Query, out var filter, out var error))
                return Results.Problem(error, statusCode: StatusCodes.Status400BadRequest);
            var writer = writers.Find("csv") ?? throw new InvalidOperationException("The CSV writer is not registered.");
            return new ExportResult<AuditRow>(writer, AuditExportColumns.Table, query.StreamAsync(filter, request.HttpContext.RequestAborted),
                new ExportOptions(), ExportEndpoints.ExportFileName("audit", clock, writer.Format));
        }).RequireAuthorization(Security.Policies.Admin);
        return endpoints;
    }
}
