using System.Text.Json;
using System.Text.Json.Nodes;
using CasualtyDashboard.Data.Audit;
using CasualtyDashboard.Data.Queries;

namespace CasualtyDashboard.Web.Services.Audit;

/// <summary>One changed field of an audit entry: its name and its value before and after (null: not there).</summary>
public sealed record AuditChange(string Field, string? Before, string? After);

/// <summary>The Audit page's logic: the filtered page of entries, the filters' choices, the export link and each entry's changes.</summary>
public sealed class AuditPageService(AuditQueries queries, CodeNames names)
{
    public const string ExportPath = "api/audit.csv";

    public Task<AuditPage> PageAsync(AuditFilter filter, int page, int pageSize, CancellationToken ct) =>
        queries.ListAsync(filter, page * pageSize, pageSize, ct);

    /// <summary>Everyone who has written something.</summary>
    public async Task<IReadOnlyList<ChoiceOption>> ActorOptionsAsync(CancellationToken ct = default) =>
        (await queries.ActorsAsync(ct)).Select(a => new ChoiceOption(a, a)).ToList();

    public IReadOnlyList<ChoiceOption> ActionOptions => AuditActions.All.Select(a => new ChoiceOption(a, names.AuditAction(a))).ToList();

    public IReadOnlyList<ChoiceOption> EntityOptions => AuditEntities.All.Select(e => new ChoiceOption(e, names.AuditEntity(e))).ToList();

    public string ActionName(string action) => names.AuditAction(action);

    public string EntityName(string entityType) => names.AuditEntity(entityType);

    /// <summary>The CSV export of the same filters (relative to the base address).</summary>
    public static string ExportUrl(AuditFilter filter) => AuditFilterQueryString.Format(filter) is { Length: > 0 } q ? $"{ExportPath}?{q}" : ExportPath;

    /// <summary>The fields an entry records, in the order they first appear, with their values before and after.</summary>
    public static IReadOnlyList<AuditChange> Changes(AuditRow row)
    {
        var before = Parse(row.Before);
        var after = Parse(row.After);
        var fields = (before?.Select(p => p.Key) ?? []).Concat(after?.Select(p => p.Key) ?? []).Distinct(StringComparer.Ordinal);
        return fields.Select(f => new AuditChange(f, Value(before, f), Value(after, f))).ToList();
    }

    private static JsonObject? Parse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json)) return null;
        try
        {
            return JsonNode.Parse(json) as JsonObject;
        }
        catch (JsonException)
        {
            return new JsonObject { ["value"] = json };
        }
    }

    private static string? Value(JsonObject? o, string field) =>
        o is null || !o.TryGetPropertyValue(field, out var node) ? null
        : node is null ? "null"
        : node is JsonValue v && v.TryGetValue<string>(out var s) ? s
        : node.ToJsonString();
}
