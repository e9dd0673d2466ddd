using CasualtyDashboard.Reconciliation.Messages;
using CasualtyDashboard.Web.Services;
using System.Text.Json.Nodes;
using CasualtyDashboard.Data.Queries;
using CasualtyDashboard.Extraction.Schema;
using CasualtyDashboard.Jobs.Ingestion;
using CasualtyDashboard.Jobs.Options;
using CasualtyDashboard.Web.Security;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace CasualtyDashboard.Web.Endpoints;

/// <summary>
/// <c>POST /api/articles</c> takes articles in the articles shape of SCHEMA.md (a JSON array, or JSON Lines) and answers
/// 202 with what became of each; <c>GET /api/articles/{id}</c> tells where one article is in the pipeline, with its figures.
/// </summary>
public static class ArticleEndpoints
{
    public const string Channel = "api";

    public static IEndpointRouteBuilder MapArticleEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/articles", PostAsync).DisableAntiforgery().RequireAuthorization(Policies.Ingest);
        endpoints.MapGet("/api/articles/{id:long}", GetAsync).RequireAuthorization(Policies.Read);
        return endpoints;
    }

    private static async Task<IResult> PostAsync(HttpContext http, ArticleImporter importer, IOptions<ImportOptions> options, CancellationToken ct)
    {
        var max = options.Value.MaxRequestBytes;
        var tooLarge = Results.Json(new { error = $"The body is larger than {options.Value.MaxRequestMegabytes} MB (Import:MaxRequestMegabytes): post the articles in several requests." },
            statusCode: StatusCodes.Status413PayloadTooLarge);
        if (http.Request.ContentLength > max) return tooLarge;
        if (UnsupportedType(http.Request.ContentType) is { } unsupported)
            return Results.Json(new { error = unsupported }, statusCode: StatusCodes.Status415UnsupportedMediaType);
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit) limit.MaxRequestBodySize = max;

        using var body = new MemoryStream(http.Request.ContentLength is { } length ? (int)length : 1 << 16);
        try
        {
            await http.Request.Body.CopyToAsync(body, ct);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return tooLarge;
        }
        if (body.Length > max) return tooLarge;

        var parsed = ArticleFileReader.Read(body.GetBuffer().AsSpan(0, (int)body.Length), ArticleFileFormat.Json, null, ImportMessages.RequestBody);
        if (parsed.Errors is [{ Line: 0, Error: var whole }]) return Results.BadRequest(new { error = English(whole) });
        var report = await importer.ImportAsync(parsed, Channel, null, ct);
        return Results.Json(new
        {
            stored = report.Stored,
            duplicates = report.Duplicates,
            rejected = report.Rejected,
            items = report.Items.Select(i => new { line = i.Line, status = i.Status.ToString().ToLowerInvariant(), articleId = i.ArticleId, error = English(i.Error) }),
        }, statusCode: StatusCodes.Status202Accepted);
    }

    /// <summary>A report's reason in English, as scripts read it (null for a stored line).</summary>
    private static string? English(Reconciliation.Messages.Message? error) => error is null ? null : MessageText.English(error);

    /// <summary>
    /// JSON (array or lines) in UTF-8. No content type, <c>text/plain</c> and form types are refused (by
    /// <see cref="Security.CrossSiteGuard"/> first): another site's page can send them without the browser asking.
    /// </summary>
    private static string? UnsupportedType(string? contentType)
    {
        if (Security.CrossSiteGuard.RefusedType(contentType) is { } refused) return refused;
        if (!MediaTypeHeaderValue.TryParse(contentType, out var type)) return $"The content type \"{contentType}\" cannot be read.";
        if (type.Charset.HasValue && !type.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase))
            return $"Only UTF-8 is read; the body says charset={type.Charset}.";
        var media = type.MediaType.Value?.ToLowerInvariant() ?? "";
        string[] accepted = ["application/json", "text/json", "application/x-ndjson", "application/ndjson", "application/jsonl",
            "application/x-jsonl", "application/jsonlines", "application/x-jsonlines", "application/json-lines"];
        return accepted.Contains(media) || media.EndsWith("+json", StringComparison.Ordinal)
            ? null
            : $"The content type \"{media}\" is not read: send application/json (an array of articles) or application/x-ndjson (JSON Lines).";
    }

    private static async Task<IResult> GetAsync(long id, ArticlePipelineQueries queries, CancellationToken ct)
    {
        var status = await queries.StatusAsync(id, ct);
        if (status is null) return Results.NotFound(new { error = $"No article has the id {id}." });
        var figures = new JsonArray();
        foreach (var stored in status.Figures)
        {
            var figure = new JsonObject { ["id"] = stored.Id };
            var schema = JsonNode.Parse(SchemaJson.WriteFigure(stored.Figure))!.AsObject();
            foreach (var (name, value) in schema.ToList())
            {
                schema.Remove(name);
                figure[name] = value;
            }
            figures.Add(figure);
        }
        return Results.Json(new JsonObject
        {
            ["id"] = status.Id,
            ["externalId"] = status.ExternalId,
            ["state"] = status.State.ToString().ToLowerInvariant(),
            ["attempts"] = status.Attempts,
            ["lastError"] = status.LastError is { } error ? MessageText.English(Message.FromStored(error)) : null,
            ["nextAttemptAt"] = Utc(status.NextAttemptAt),
            ["extractorVersion"] = status.ExtractorVersion,
            ["extractedAt"] = Utc(status.ExtractedAt),
            ["createdAt"] = Utc(status.CreatedAt),
            ["channel"] = status.Channel,
            ["outlet"] = status.Outlet,
            ["published"] = status.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["url"] = status.Url,
            ["title"] = status.Title,
            ["figures"] = figures,
        });
    }

    private static DateTime? Utc(DateTime? value) => value is { } v ? DateTime.SpecifyKind(v, DateTimeKind.Utc) : null;
}
