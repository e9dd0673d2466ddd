using System.Globalization;
using CasualtyDashboard.Data.Queries;
using CasualtyDashboard.Extraction.Schema;
using Microsoft.AspNetCore.WebUtilities;

namespace CasualtyDashboard.Web.Services.Export;

/// <summary>
/// A <see cref="ReconciledPointFilter"/> as query-string parameters (<c>region, area, category, subgroup, basis, series,
/// from, to</c>), both ways: the reconciled export endpoints read it, the Export page builds its links with it.
/// </summary>
public static class ReconciledFilterQueryString
{
    public const string Parameters =
        "region, area, category, subgroup, basis, series (an id or a key from GET /api/series), from, to (yyyy-MM-dd, reporting date)";

    /// <summary>Reads the filter; a value that is not understood gives an error naming the parameter and what it accepts.</summary>
    public static bool TryParse(IQueryCollection query, out ReconciledPointFilter filter, out string? error)
    {
        filter = ReconciledPointFilter.None;
        error = null;
        string? Get(string key) => query.TryGetValue(key, out var v) && !string.IsNullOrWhiteSpace(v.ToString()) ? v.ToString().Trim() : null;

        var result = new ReconciledPointFilter { Region = Get("region"), Area = Get("area") };
        foreach (var (key, codes) in new (string, IReadOnlyList<string>)[]
                 { ("category", SchemaCodes.CategoryCodes), ("subgroup", SchemaCodes.SubgroupCodes), ("basis", SchemaCodes.BasisCodes) })
        {
            if (Get(key) is not { } text) continue;
            var code = text.ToLowerInvariant();
            if (!codes.Contains(code)) return Fail($"{key} '{text}' is not one of {string.Join(", ", codes)}", out error);
            result = key switch
            {
                "category" => result with { Category = code },
                "subgroup" => result with { Subgroup = code },
                _ => result with { Basis = code },
            };
        }
        if (Get("series") is { } series)
        {
            if (long.TryParse(series, NumberStyles.None, CultureInfo.InvariantCulture, out var id)) result = result with { SeriesId = id };
            else if (series.Contains('|', StringComparison.Ordinal)) result = result with { SeriesKey = series };
            else return Fail($"series '{series}' is neither a series id nor a series key (region|area|category|subgroup|basis|since); GET /api/series lists them", out error);
        }
        if (!QueryDateRange.TryRead(Get, out var from, out var to, out error)) return false;
        filter = result with { From = from, To = to };
        return true;
    }

    /// <summary>The filter's parameters, URL-encoded, without <c>?</c>; empty for no filter.</summary>
    public static string Format(ReconciledPointFilter filter, bool hxl = false)
    {
        var pairs = new List<KeyValuePair<string, string?>>();
        void Add(string key, string? value) { if (!string.IsNullOrEmpty(value)) pairs.Add(new(key, value)); }
        Add("region", filter.Region);
        Add("area", filter.Area);
        Add("category", filter.Category);
        Add("subgroup", filter.Subgroup);
        Add("basis", filter.Basis);
        Add("series", filter.SeriesId?.ToString(CultureInfo.InvariantCulture) ?? filter.SeriesKey);
        Add("from", Text(filter.From));
        Add("to", Text(filter.To));
        if (hxl) Add("hxl", "true");
        return QueryHelpers.AddQueryString("", pairs).TrimStart('?');
    }

    private static string? Text(DateOnly? date) => QueryDateRange.Text(date);

    private static bool Fail(string message, out string? error)
    {
        error = message;
        return false;
    }
}
