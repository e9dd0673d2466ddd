using CasualtyDashboard.Data.Queries;
using CasualtyDashboard.Web.Services.Export;
using CasualtyDashboard.Web.Services.Figures;

namespace CasualtyDashboard.Web.Endpoints;

public static class ExportEndpoints
{
    /// <summary>
    /// <c>GET /api/export/figures.{csv|json|xlsx}</c> with the Figures grid's filters as query parameters and <c>hxl=true</c>
    /// for a hashtag row; <c>GET /api/export/reconciled.{csv|json|xlsx}</c>, one row per reconciled point, filtered by
    /// <see cref="ReconciledFilterQueryString"/>; <c>GET /api/export/dictionary</c>: both datasets' columns, their types,
    /// hashtags and meaning (top-level <c>filters</c>: the figures', kept for existing clients).
    /// </summary>
    public static IEndpointRouteBuilder MapExportEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/export").RequireAuthorization(Security.Policies.Read);
        group.MapGet("/figures.{format}", (string format, HttpRequest request, ExportWriters writers, FigureExportQuery query, TimeProvider clock) =>
        {
            if (writers.Find(format) is not { } writer)
                return Results.Problem($"Unknown format '{format}': use {string.Join(", ", writers.Formats)}.", statusCode: StatusCodes.Status404NotFound);
            if (!FigureFilterQueryString.TryParse(request.Query, out var filter, out var error))
                return Results.Problem(error, statusCode: StatusCodes.Status400BadRequest);
            var options = new ExportOptions(Hxl: IsTrue(request.Query["hxl"]));
            var fileName = ExportFileName("figures", clock, writer.Format);
            return new ExportResult<FigureRow>(writer, FigureExportColumns.Table, query.StreamAsync(filter, request.HttpContext.RequestAborted), options, fileName);
        });
        group.MapGet("/reconciled.{format}", async (string format, HttpRequest request, ExportWriters writers, ReconciledExportQuery query,
            ReconciliationQueries reconciliation, TimeProvider clock) =>
        {
            if (writers.Find(format) is not { } writer)
                return Results.Problem($"Unknown format '{format}': use {string.Join(", ", writers.Formats)}.", statusCode: StatusCodes.Status404NotFound);
            if (!ReconciledFilterQueryString.TryParse(request.Query, out var filter, out var error))
                return Results.Problem(error, statusCode: StatusCodes.Status400BadRequest);
            if (filter.SeriesId is not null || filter.SeriesKey is not null)
            {
                var all = await reconciliation.SeriesAsync(ct: request.HttpContext.RequestAborted);
                if (!all.Any(s => s.Id == filter.SeriesId || s.Key == filter.SeriesKey))
                    return Results.Problem($"No series has the {(filter.SeriesId is { } id ? $"id {id}" : $"key '{filter.SeriesKey}'")}; GET /api/series lists them.",
                        statusCode: StatusCodes.Status404NotFound);
            }
            var options = new ExportOptions(Hxl: IsTrue(request.Query["hxl"]));
            var fileName = ExportFileName("reconciled", clock, writer.Format);
            return new ExportResult<ReconciledExportRow>(writer, ReconciledExportColumns.Table, query.StreamAsync(filter, request.HttpContext.RequestAborted), options, fileName);
        });
        group.MapGet("/dictionary", () => Results.Ok(new
        {
            datasets = new[]
            {
                new
                {
                    name = FigureExportColumns.Table.Name, description = FigureExportColumns.Table.Description, endpoint = "/api/export/figures.{csv|json|xlsx}",
                    filters = FigureFilters, columns = FigureExportColumns.Table.Dictionary,
                },
                new
                {
                    name = ReconciledExportColumns.Table.Name, description = ReconciledExportColumns.Table.Description, endpoint = "/api/export/reconciled.{csv|json|xlsx}",
                    filters = ReconciledFilters, columns = ReconciledExportColumns.Table.Dictionary,
                },
            },
            filters = FigureFilters,
        }));
        return endpoints;
    }

    private const string FigureFilters =
        "category, subgroup, region, authority, outlet, from, to (yyyy-MM-dd, reporting date), review (unreviewed, accepted, rejected, corrected), article; hxl=true adds a row of HXL hashtags under the header (CSV, XLSX)";

    private const string ReconciledFilters =
        ReconciledFilterQueryString.Parameters + "; hxl=true adds a row of HXL hashtags under the header (CSV, XLSX)";

    /// <summary><c>casualty-{dataset}-yyyyMMdd-HHmmss.{ext}</c> in UTC.</summary>
    public static string ExportFileName(string dataset, TimeProvider clock, string extension) =>
        $"casualty-{dataset}-{clock.GetUtcNow().UtcDateTime:yyyyMMdd-HHmmss}.{extension}";

    private static bool IsTrue(string? value) => value is not null && (value == "1" || value.Equals("true", StringComparison.OrdinalIgnoreCase));
}
