using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using CasualtyDashboard.Data.Analysts;
using CasualtyDashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CasualtyDashboard.Data.Audit;

/// <summary>
/// Records a write in the audit log. Each write service calls it explicitly with the context of its own write, before its
/// last <c>SaveChanges</c> inside its transaction, so the entry is stored with the write or not at all (an interceptor
/// would miss <c>ExecuteUpdate</c> and bulk writes). The actor is <see cref="CurrentAnalyst.Name"/>.
/// </summary>
public sealed class AuditTrail(CurrentAnalyst analyst, TimeProvider clock)
{
    public const int MaxActor = 256;
    public const int MaxAction = 40;
    public const int MaxEntityType = 40;
    public const int MaxEntityKey = 600;

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        // Arabic notes and outlet names stay readable in the log and its export (the CSV writer neutralises formulas).
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    /// <summary>The name writes are recorded as.</summary>
    public string Actor => analyst.Name;

    /// <summary>
    /// Adds an entry to <paramref name="db"/> (saved by the caller's next <c>SaveChanges</c>). <paramref name="before"/>
    /// and <paramref name="after"/> are objects (anonymous ones do) serialised as JSON; when both are given only the
    /// fields whose values differ are kept (a field present in one only counts as changed).
    /// </summary>
    public AuditEntry Record(DbContext db, string action, string entityType, string? entityKey, object? before, object? after)
    {
        var (b, a) = Compact(ToNode(before), ToNode(after));
        var entry = new AuditEntry
        {
            At = clock.GetUtcNow().UtcDateTime,
            Actor = Cut(analyst.Name, MaxActor),
            Action = action,
            EntityType = entityType,
            EntityKey = entityKey is null ? null : Cut(entityKey, MaxEntityKey),
            Before = b?.ToJsonString(Json),
            After = a?.ToJsonString(Json),
        };
        db.Add(entry);
        return entry;
    }

    private static JsonObject? ToNode(object? value) => value switch
    {
        null => null,
        JsonObject o => o,
        _ => JsonSerializer.SerializeToNode(value, value.GetType(), Json) as JsonObject
             ?? throw new ArgumentException("Audit values are objects with named fields.", nameof(value)),
    };

    /// <summary>Both objects without the fields they agree on.</summary>
    internal static (JsonObject? Before, JsonObject? After) Compact(JsonObject? before, JsonObject? after)
    {
        if (before is null || after is null) return (before, after);
        foreach (var name in before.Select(p => p.Key).Intersect(after.Select(p => p.Key)).ToList())
        {
            if (!JsonNode.DeepEquals(before[name], after[name])) continue;
            before.Remove(name);
            after.Remove(name);
        }
        return (before, after);
    }

    private static string Cut(string value, int max) => value.Length <= max ? value : value[..max];
}
