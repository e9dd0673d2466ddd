using CasualtyDashboard.Data.Queries;
using CasualtyDashboard.Web.Services.Export;
using CasualtyDashboard.Web.Services.Figures;

namespace CasualtyDashboard.Web.Endpoints;

public static class ExportEndpoints
{
    /// <summary>
    /// <c>GET /api/export/figures.{csv|json|xlsx}</c> with the Figures grid's filters as query parameters and <c>hxl=true</c>
    /// for a hashtag row; <c>GET /api/export/dictionary</c>: the columns, their types, hashtags and meaning.
    /// </summary>
    public static IEndpointRouteBuilder MapExportEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/export");
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
        group.MapGet("/dictionary", () => Results.Ok(new
        {
            datasets = new[]
            {
                new { name = FigureExportColumns.Table.Name, description = FigureExportColumns.Table.Description, endpoint = "/api/export/figures.{csv|json|xlsx}", columns = FigureExportColumns.Table.Dictionary },
            },
            filters = "category, subgroup, region, authority, outlet, from, to (yyyy-MM-dd, reporting date), review (unreviewed, accepted, rejected, corrected), article; hxl=true adds a row of HXL hashtags under the header (CSV, XLSX)",
        }));
        return endpoints;
    }

    /// <summary><c>casualty-{dataset}-yyyyMMdd-HHmmss.{ext}</c> in UTC.</summary>
    public static string ExportFileName(string dataset, TimeProvider clock, string extension) =>
        $"casualty-{dataset}-{clock.GetUtcNow().UtcDateTime:yyyyMMdd-HHmmss}.{extension}";

    private static bool IsTrue(string? value) => value is not null && (value == "1" || value.Equals("true", StringComparison.OrdinalIgnoreCase));
}
