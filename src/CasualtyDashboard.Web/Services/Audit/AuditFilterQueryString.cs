using CasualtyDashboard.Data.Audit;
using CasualtyDashboard.Data.Entities;
using CasualtyDashboard.Data.Queries;
using CasualtyDashboard.Web.Services.Export;
using Microsoft.AspNetCore.WebUtilities;

namespace CasualtyDashboard.Web.Services.Audit;

/// <summary>
/// An <see cref="AuditFilter"/> as query-string parameters (<c>actor, action, entity, key, from, to</c>), both ways: the
/// export endpoint reads it, the Audit page builds its export link with it.
/// </summary>
public static class AuditFilterQueryString
{
    public const string Parameters = "actor, action (figure.review, feed.add, ...), entity (figure, note, conflict, articles, reference, feed), key, from, to (yyyy-MM-dd, UTC)";

    public static bool TryParse(IQueryCollection query, out AuditFilter filter, out string? error)
    {
        filter = new AuditFilter();
        error = null;
        string? Get(string key) => query.TryGetValue(key, out var v) && !string.IsNullOrWhiteSpace(v.ToString()) ? v.ToString().Trim() : null;

        var result = new AuditFilter(Get("actor"), Get("action"), null, null, Get("entity"), Get("key"));
        if (result.Actor?.Length > AuditTrail.MaxActor || result.Action?.Length > AuditTrail.MaxAction
            || result.EntityType?.Length > AuditTrail.MaxEntityType || result.EntityKey?.Length > AuditTrail.MaxEntityKey)
            return Fail("a filter is longer than the longest value stored", out error);
        if (!QueryDateRange.TryRead(Get, out var from, out var to, out error)) return false;
        filter = result with { From = from, To = to };
        return true;
    }

    /// <summary>The filter's parameters, URL-encoded, without <c>?</c>; empty for no filter.</summary>
    public static string Format(AuditFilter filter)
    {
        var pairs = new List<KeyValuePair<string, string?>>();
        void Add(string key, string? value) { if (!string.IsNullOrWhiteSpace(value)) pairs.Add(new(key, value.Trim())); }
        Add("actor", filter.Actor);
        Add("action", filter.Action);
        Add("entity", filter.EntityType);
        Add("key", filter.EntityKey);
        Add("from", Text(filter.From));
        Add("to", Text(filter.To));
        return QueryHelpers.AddQueryString("", pairs).TrimStart('?');
    }

    private static string? Text(DateOnly? date) => QueryDateRange.Text(date);

    private static bool Fail(string message, out string? error)
    {
        error = message;
        return false;
    }
}
