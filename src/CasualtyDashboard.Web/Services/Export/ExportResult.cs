using Microsoft.Net.Http.Headers;

namespace CasualtyDashboard.Web.Services.Export;

/// <summary>
/// An HTTP response that streams an export as its rows are read: headers first (as an attachment named
/// <paramref name="fileName"/>), then the writer straight into the response body. A failure after the first bytes
/// aborts the connection, so a client never takes a cut-off file for a whole one.
/// </summary>
public sealed class ExportResult<TRow>(IExportWriter writer, ExportTable<TRow> table, IAsyncEnumerable<TRow> rows, ExportOptions options, string fileName) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.ContentType = writer.ContentType;
        response.Headers[HeaderNames.ContentDisposition] = new ContentDispositionHeaderValue("attachment") { FileNameStar = fileName, FileName = fileName }.ToString();
        response.Headers[HeaderNames.CacheControl] = "no-store";
        await response.StartAsync(httpContext.RequestAborted);
        try
        {
            await writer.WriteAsync(response.Body, table, rows, options, httpContext.RequestAborted);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            httpContext.RequestServices.GetRequiredService<ILogger<ExportResult<TRow>>>()
                .LogError(ex, "Export {File} failed after it started; the connection is aborted", fileName);
            httpContext.Abort();
        }
    }
}
