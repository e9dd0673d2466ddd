using CasualtyDashboard.Web.Services;
using System.Globalization;
using CasualtyDashboard.Data.Queries;
using CasualtyDashboard.Jobs.Reconciliation;
using CasualtyDashboard.Reconciliation.Conflicts;
using CasualtyDashboard.Web.Security;

namespace CasualtyDashboard.Web.Endpoints;

/// <summary>
/// The reconciliation over HTTP, in JSON, reading what the pages read: <c>GET /api/series</c>, <c>GET /api/series/{id}/points</c>,
/// <c>GET /api/conflicts</c>, <c>POST /api/conflicts/{key}/resolve</c> and <c>/dismiss</c>, and <c>POST /api/reference</c>.
/// Errors answer <c>{"error": "..."}</c> with 400 (bad input) or 404 (unknown id or key).
/// </summary>
public static class ReconciliationEndpoints
{
    /// <summary>The largest reference file accepted (bytes); the Gaza daily series is about 0.6 MB.</summary>
    public const int MaxReferenceBytes = 50 * 1024 * 1024;

    private static readonly string[] States = ["open", "resolved", "dismissed"];
    private static readonly string[] Types = Enum.GetValues<FlagType>().Select(t => t.Code()).ToArray();

    public static IEndpointRouteBuilder MapReconciliationEndpoints(this IEndpointRouteBuilder endpoints)
    {
        // One policy per endpoint (not a group's too): policies add up, and a decide-only key must not need read as well.
        var api = endpoints.MapGroup("/api");
        api.MapGet("/series", ListSeriesAsync).RequireAuthorization(Policies.Read);
        api.MapGet("/series/{id:long}/points", ListPointsAsync).RequireAuthorization(Policies.Read);
        api.MapGet("/conflicts", ListConflictsAsync).RequireAuthorization(Policies.Read);
        api.MapGet("/conflicts/{key}", GetConflictAsync).RequireAuthorization(Policies.Read);
        api.MapPost("/conflicts/{key}/resolve", ResolveAsync).RequireAuthorization(Policies.Decide);
        api.MapPost("/conflicts/{key}/dismiss", DismissAsync).RequireAuthorization(Policies.Decide);
        api.MapPost("/reference", ImportReferenceAsync).RequireAuthorization(Policies.Ingest);
        return endpoints;
    }

    /// <summary>Answered from <see cref="ReconciledJsonCache"/>: the same JSON while no run, decision or import changed the output.</summary>
    private static async Task<IResult> ListSeriesAsync(ReconciledJsonCache cache, ReconciliationQueries queries, string? region, string? category, CancellationToken ct)
    {
        var json = await cache.GetAsync($"series\n{region}\n{category}\n{region is null}{category is null}", async c => await SeriesJsonAsync(queries, region, category, c), ct);
        return Json(json!);
    }

    private static async Task<object> SeriesJsonAsync(ReconciliationQueries queries, string? region, string? category, CancellationToken ct)
    {
        var status = await queries.StatusAsync(ct);
        var series = await queries.SeriesAsync(region, category, ct);
        return new
        {
            reconciledAt = status?.ReconciledAt,
            unplacedFigures = status?.UnplacedFigures,
            series = series.Select(s => new
            {
                s.Id, s.Key, s.Region, s.Area, s.Category, s.Subgroup, s.Basis, s.Since, s.SinceInferred, s.LastChange, s.PointCount,
                s.FirstDate, s.LastDate, s.LatestValue, s.OpenConflicts, pointsUrl = $"/api/series/{s.Id}/points",
            }).ToList(),
        };
    }

    private static async Task<IResult> ListPointsAsync(ReconciledJsonCache cache, ReconciliationQueries queries, long id, string? from, string? to, CancellationToken ct)
    {
        if (!TryDate(from, "from", out var fromDate, out var error) || !TryDate(to, "to", out var toDate, out error)) return Bad(error);
        var json = await cache.GetAsync($"points\n{id}\n{fromDate:yyyy-MM-dd}\n{toDate:yyyy-MM-dd}", async c =>
            await queries.SeriesByIdAsync(id, c) is { } series ? new { series, points = await queries.PointsAsync(id, fromDate, toDate, c) } : null, ct);
        return json is null ? NotFound($"No series has the id {id}; GET /api/series lists them.") : Json(json);
    }

    /// <summary>JSON already serialized with the app's options, as <c>Results.Ok</c> would have written it.</summary>
    private static IResult Json(byte[] json) => Results.Bytes(json, "application/json; charset=utf-8");

    private static async Task<IResult> ListConflictsAsync(
        ReconciliationQueries queries, string? type, string? state, string? series, string? date, string? from, string? to, string? kind,
        int? skip, int? take, CancellationToken ct)
    {
        var types = Codes(type);
        var states = Codes(state);
        if (types.FirstOrDefault(t => !Types.Contains(t)) is { } badType) return Bad($"Unknown type '{badType}'; types are {string.Join(", ", Types)}.");
        if (states.FirstOrDefault(s => !States.Contains(s)) is { } badState) return Bad($"Unknown state '{badState}'; states are {string.Join(", ", States)}.");
        if (!TryDate(date, "date", out var on, out var error) || !TryDate(from, "from", out var fromDate, out error) || !TryDate(to, "to", out var toDate, out error))
            return Bad(error);
        if (kind is not (null or "" or "all" or "conflict" or "note")) return Bad($"Unknown kind '{kind}'; kinds are conflict, note and all.");
        bool? conflicts = kind == "conflict" ? true : kind == "note" ? false : null;
        if (skip < 0 || take is < 1 or > 1000) return Bad("skip must be 0 or more and take between 1 and 1000.");

        var filter = new ConflictFilter
        {
            Types = types,
            States = states,
            SeriesId = long.TryParse(series, NumberStyles.None, CultureInfo.InvariantCulture, out var seriesId) ? seriesId : null,
            SeriesKey = series is not null && !long.TryParse(series, NumberStyles.None, CultureInfo.InvariantCulture, out _) ? series : null,
            From = on ?? fromDate,
            To = on ?? toDate,
            Conflicts = conflicts,
            Skip = skip ?? 0,
            Take = take ?? 100,
        };
        var page = await queries.ConflictsAsync(filter, ct);
        return Results.Ok(new { total = page.Total, skip = filter.Skip, take = filter.Take, conflicts = page.Items.Select(WithLinks) });
    }

    private static async Task<IResult> GetConflictAsync(ReconciliationQueries queries, string key, CancellationToken ct)
    {
        if (await queries.ConflictAsync(key, ct) is not { } conflict) return NotFound(UnknownConflict(key));
        return Results.Ok(new { conflict = WithLinks(conflict), point = await queries.PointAsync(conflict.PointKey, ct) });
    }

    private static async Task<IResult> ResolveAsync(
        AnalystDecisionService decisions, ReconciliationQueries queries, string key, ResolveRequest? request, CancellationToken ct)
    {
        if (request is null) return Bad("Send a JSON body: {\"claimId\": 123, \"note\": \"...\"} or {\"value\": 2719, \"note\": \"...\"}.");
        var outcome = await decisions.ResolveAsync(key, request.ClaimId, request.Value, request.Note, ct);
        return await AnswerAsync(outcome, queries, key, ct);
    }

    private static async Task<IResult> DismissAsync(
        AnalystDecisionService decisions, ReconciliationQueries queries, string key, DismissRequest? request, CancellationToken ct)
    {
        if (request is null) return Bad("Send a JSON body: {\"note\": \"why this is no conflict\"}.");
        return await AnswerAsync(await decisions.DismissAsync(key, request.Note, ct), queries, key, ct);
    }

    private static async Task<IResult> ImportReferenceAsync(HttpRequest request, ReferenceImportService importer, string? dataset, string? name, string? format, CancellationToken ct)
    {
        if (!ReferenceDatasets.TryParse(dataset, out var parsed))
            return Bad($"Name the dataset: ?dataset={string.Join("|", ReferenceDatasets.Codes)} (casualties_daily is gaza).");
        if (format is not (null or "json" or "csv")) return Bad($"Unknown format '{format}'; formats are json and csv (default: from the name or the content).");
        if (request.ContentLength > MaxReferenceBytes) return Bad($"The file has {request.ContentLength} bytes; at most {MaxReferenceBytes} are accepted.");

        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, ct);
        if (buffer.Length == 0) return Bad("The request body is empty: send the file's content (curl --data-binary @file).");
        if (buffer.Length > MaxReferenceBytes) return Bad($"The file is larger than {MaxReferenceBytes} bytes.");
        var csv = format == "csv" || (format is null && request.ContentType?.Contains("csv", StringComparison.OrdinalIgnoreCase) == true);
        var sourceName = string.IsNullOrWhiteSpace(name) ? (csv ? "upload.csv" : format == "json" ? "upload.json" : "upload") : Path.GetFileName(name);
        if (csv && !sourceName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)) sourceName += ".csv";
        if (format == "json" && !sourceName.EndsWith(".json", StringComparison.OrdinalIgnoreCase)) sourceName += ".json";
        try
        {
            var result = await importer.ImportAsync(buffer.ToArray(), parsed, sourceName, "api", onlyIfChanged: false, ct);
            return Results.Ok(result);
        }
        catch (FormatException ex)
        {
            return Bad(ex.Message);
        }
    }

    private static async Task<IResult> AnswerAsync(DecisionOutcome outcome, ReconciliationQueries queries, string key, CancellationToken ct) => outcome.Status switch
    {
        DecisionStatus.Stored => Results.Ok(new { conflict = WithLinks((await queries.ConflictAsync(key, ct))!) }),
        DecisionStatus.NotFound => NotFound(outcome.Error!),
        _ => Bad(outcome.Error!),
    };

    private static object WithLinks(ConflictView c) => new
    {
        c.Key, c.Type, c.IsConflict, c.State, c.Reason, reasonCode = c.Reason.IsVerbatim ? null : c.Reason.Code, c.ClaimIds, c.SeriesId, c.SeriesKey, c.PointKey, c.Date,
        decision = c.DecisionBy is null ? null : new { by = c.DecisionBy, at = c.DecisionAt, note = c.DecisionNote, value = c.ResolvedValue, claimId = c.ChosenClaimId },
        url = $"/api/conflicts/{Uri.EscapeDataString(c.Key)}",
    };

    private static string[] Codes(string? list) =>
        string.IsNullOrWhiteSpace(list) ? [] : list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(s => s.ToLowerInvariant()).ToArray();

    private static bool TryDate(string? text, string name, out DateOnly? date, out string error)
    {
        date = null;
        error = "";
        if (string.IsNullOrWhiteSpace(text)) return true;
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            date = parsed;
            return true;
        }

        error = $"{name} must be a date yyyy-MM-dd, not '{text}'.";
        return false;
    }

    private static string UnknownConflict(string key) => $"No conflict has the key '{key}'; GET /api/conflicts lists them.";

    private static IResult Bad(string error) => Results.BadRequest(new { error });

    private static IResult NotFound(string error) => Results.NotFound(new { error });
}
