using System.Globalization;
using CasualtyDashboard.Data.Queries;
using CasualtyDashboard.Extraction.Schema;
using Microsoft.AspNetCore.WebUtilities;

namespace CasualtyDashboard.Web.Services.Figures;

/// <summary>
/// A <see cref="FigureFilter"/> as query-string parameters (<c>category, subgroup, region, authority, outlet, from, to,
/// review, article</c>), both ways: the export endpoints read it, the pages build their download links with it.
/// </summary>
public static class FigureFilterQueryString
{
    public static IReadOnlyList<string> ReviewCodes { get; } = ["unreviewed", "accepted", "rejected", "corrected"];

    /// <summary>Reads the filter from a URL's query string (<c>?region=gaza&amp;from=2024-01-01</c>, with or without the <c>?</c>).</summary>
    public static bool TryParse(string? queryString, out FigureFilter filter, out string? error) =>
        TryParse(new QueryCollection(QueryHelpers.ParseQuery(queryString)), out filter, out error);

    /// <summary>A page's address with the filter in its query string (<c>figures?category=killed</c>), or the bare path.</summary>
    public static string Link(string path, FigureFilter filter) => Format(filter) is { Length: > 0 } query ? $"{path}?{query}" : path;

    /// <summary>Reads the filter; a value that is not understood gives an error naming the parameter and what it accepts.</summary>
    public static bool TryParse(IQueryCollection query, out FigureFilter filter, out string? error)
    {
        filter = FigureFilter.None;
        error = null;
        string? Get(string key) => query.TryGetValue(key, out var v) && !string.IsNullOrWhiteSpace(v.ToString()) ? v.ToString().Trim() : null;

        var result = new FigureFilter
        {
            Region = Get("region"), Authority = Get("authority"), Outlet = Get("outlet"),
        };
        if (Get("category") is { } category)
        {
            if (!SchemaCodes.TryParseCategory(category, out var c)) return Fail($"category '{category}' is not one of {string.Join(", ", SchemaCodes.CategoryCodes)}", out error);
            result = result with { Category = c };
        }
        if (Get("subgroup") is { } subgroup)
        {
            if (!SchemaCodes.TryParseSubgroup(subgroup, out var s)) return Fail($"subgroup '{subgroup}' is not one of {string.Join(", ", SchemaCodes.SubgroupCodes)}", out error);
            result = result with { Subgroup = s };
        }
        foreach (var (key, set) in new (string, Func<FigureFilter, DateOnly, FigureFilter>)[] { ("from", (f, d) => f with { From = d }), ("to", (f, d) => f with { To = d }) })
        {
            if (Get(key) is not { } text) continue;
            if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                return Fail($"{key} '{text}' is not a date yyyy-MM-dd", out error);
            result = set(result, date);
        }
        if (Get("review") is { } review)
        {
            var index = ReviewCodes.ToList().IndexOf(review.ToLowerInvariant());
            if (index < 0) return Fail($"review '{review}' is not one of {string.Join(", ", ReviewCodes)}", out error);
            result = result with { Review = (ReviewState)index };
        }
        if (Get("article") is { } article)
        {
            if (!long.TryParse(article, NumberStyles.None, CultureInfo.InvariantCulture, out var id)) return Fail($"article '{article}' is not an id", out error);
            result = result with { ArticleId = id };
        }
        filter = result;
        return true;
    }

    private static bool Fail(string message, out string? error)
    {
        error = message;
        return false;
    }

    /// <summary>The filter's parameters, URL-encoded, without <c>?</c>; empty for no filter.</summary>
    public static string Format(FigureFilter filter, bool hxl = false)
    {
        var pairs = new List<KeyValuePair<string, string?>>();
        void Add(string key, string? value) { if (!string.IsNullOrEmpty(value)) pairs.Add(new(key, value)); }
        Add("category", filter.Category?.Code());
        Add("subgroup", filter.Subgroup?.Code());
        Add("region", filter.Region);
        Add("authority", filter.Authority);
        Add("outlet", filter.Outlet);
        Add("from", filter.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add("to", filter.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add("review", filter.Review is { } r ? ReviewCodes[(int)r] : null);
        Add("article", filter.ArticleId?.ToString(CultureInfo.InvariantCulture));
        if (hxl) Add("hxl", "true");
        return QueryHelpers.AddQueryString("", pairs).TrimStart('?');
    }
}
