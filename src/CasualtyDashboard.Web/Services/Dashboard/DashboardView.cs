using System.Globalization;
using CasualtyDashboard.Extraction.Model;
using CasualtyDashboard.Extraction.Schema;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace CasualtyDashboard.Web.Services.Dashboard;

/// <summary>How the dashboard's chart is drawn: cumulative totals or the change between reporting dates.</summary>
public enum DashboardMode
{
    Cumulative,
    Daily,
}

/// <summary>
/// What the dashboard shows, as it is kept in the page's URL so a view can be shared by link: the region, one panel per
/// category × subgroup (small multiples), a date range, the sources drawn (authorities, outlets; none chosen means all) and
/// cumulative or daily. Parameters: <c>region</c>, <c>category, subgroup</c> (comma-separated codes), <c>authority,
/// outlet</c> (repeated, one name each),
/// <c>from, to</c> (yyyy-MM-dd), <c>mode</c> (cumulative|daily). Defaults are left out of the URL.
/// </summary>
public sealed record DashboardView
{
    public const int MaxPanels = 6;
    public const string DefaultRegion = "gaza";

    public string Region { get; init; } = DefaultRegion;
    public IReadOnlyList<FigureCategory> Categories { get; init; } = [FigureCategory.Killed];
    public IReadOnlyList<FigureSubgroup> Subgroups { get; init; } = [FigureSubgroup.All];
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public IReadOnlyList<string> Authorities { get; init; } = [];
    public IReadOnlyList<string> Outlets { get; init; } = [];
    public DashboardMode Mode { get; init; } = DashboardMode.Cumulative;

    public static DashboardView Default { get; } = new();

    /// <summary>True when authorities or outlets narrow the sources drawn.</summary>
    public bool FiltersSources => Authorities.Count > 0 || Outlets.Count > 0;

    /// <summary>The panels in order: every chosen category with every chosen subgroup, at most <see cref="MaxPanels"/>.</summary>
    public IReadOnlyList<(FigureCategory Category, FigureSubgroup Subgroup)> Panels =>
        Categories.SelectMany(c => Subgroups.Select(s => (c, s))).Take(MaxPanels).ToList();

    /// <summary>
    /// The view with the chosen categories, in the filter's order (killed, injured, missing); null when none is chosen: at
    /// least one panel stays, so taking the last category away keeps the view as it was.
    /// </summary>
    public static DashboardView? WithCategories(DashboardView view, IEnumerable<FigureCategory>? chosen)
    {
        ArgumentNullException.ThrowIfNull(view);
        var list = chosen?.ToList() ?? [];
        return list.Count == 0 ? null : view with { Categories = [.. TrendChartService.Categories.Where(list.Contains)] };
    }

    /// <summary>The view with the chosen subgroups in code order; none chosen means the whole toll (subgroup all).</summary>
    public static DashboardView WithSubgroups(DashboardView view, IEnumerable<FigureSubgroup>? chosen)
    {
        ArgumentNullException.ThrowIfNull(view);
        var list = chosen?.Distinct().Order().ToList() ?? [];
        return view with { Subgroups = list.Count > 0 ? list : [FigureSubgroup.All] };
    }

    /// <summary>
    /// Reads a view from a query string. Values that are not understood are left out and named in <paramref name="problems"/>
    /// (the page shows them), so a mistyped link still opens the rest of the view.
    /// </summary>
    public static DashboardView Parse(string? queryString, out IReadOnlyList<string> problems)
    {
        var query = QueryHelpers.ParseQuery(queryString ?? "");
        var issues = new List<string>();
        string? Get(string key) => query.TryGetValue(key, out var v) && !StringValues.IsNullOrEmpty(v) && !string.IsNullOrWhiteSpace(v.ToString())
            ? v.ToString().Trim() : null;
        IEnumerable<string> List(string key) => (Get(key) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        // Source names may hold commas, so each is its own parameter (authority=a&authority=b).
        IEnumerable<string> Each(string key) => query.TryGetValue(key, out var v)
            ? v.Where(x => !string.IsNullOrWhiteSpace(x)).Select(x => x!.Trim()) : [];

        var view = new DashboardView();
        if (Get("region") is { } region) view = view with { Region = region.ToLowerInvariant() };

        var categories = Codes<FigureCategory>(List("category"), SchemaCodes.TryParseCategory, "category", SchemaCodes.CategoryCodes, issues);
        if (categories.Count > 0) view = view with { Categories = categories };
        var subgroups = Codes<FigureSubgroup>(List("subgroup"), SchemaCodes.TryParseSubgroup, "subgroup", SchemaCodes.SubgroupCodes, issues);
        if (subgroups.Count > 0) view = view with { Subgroups = subgroups };
        if (view.Categories.Count * view.Subgroups.Count > MaxPanels)
            issues.Add($"{view.Categories.Count * view.Subgroups.Count} panels asked for; the first {MaxPanels} are shown");

        view = view with { From = Date("from"), To = Date("to") };
        if (view.From > view.To)
        {
            issues.Add($"from {Day(view.From.Value)} is after to {Day(view.To!.Value)}: the dates were swapped");
            view = view with { From = view.To, To = view.From };
        }

        view = view with
        {
            Authorities = Each("authority").Distinct(StringComparer.Ordinal).ToList(),
            Outlets = Each("outlet").Distinct(StringComparer.Ordinal).ToList(),
        };
        if (Get("mode") is { } mode)
        {
            if (Enum.TryParse<DashboardMode>(mode, ignoreCase: true, out var m) && Enum.IsDefined(m) && !int.TryParse(mode, out _))
                view = view with { Mode = m };
            else
                issues.Add($"mode '{mode}' is not cumulative or daily");
        }
        problems = issues;
        return view;

        DateOnly? Date(string key)
        {
            if (Get(key) is not { } text) return null;
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
            issues.Add($"{key} '{text}' is not a date yyyy-MM-dd");
            return null;
        }
    }

    private delegate bool TryParseCode<T>(string? code, out T value);

    private static List<T> Codes<T>(IEnumerable<string> values, TryParseCode<T> parse, string key, IReadOnlyList<string> accepted, List<string> issues)
    {
        var result = new List<T>();
        foreach (var value in values)
        {
            if (parse(value.ToLowerInvariant(), out var parsed)) { if (!result.Contains(parsed)) result.Add(parsed); }
            else issues.Add($"{key} '{value}' is not one of {string.Join(", ", accepted)}");
        }
        return result;
    }

    /// <summary>The view's query string without <c>?</c>; empty for the default view. Parse(Format(v)) equals v.</summary>
    public string Format()
    {
        var pairs = new List<KeyValuePair<string, string?>>();
        void Add(string key, string? value) { if (!string.IsNullOrEmpty(value)) pairs.Add(new(key, value)); }
        if (Region != DefaultRegion) Add("region", Region);
        if (!Categories.SequenceEqual(Default.Categories)) Add("category", string.Join(',', Categories.Select(c => c.Code())));
        if (!Subgroups.SequenceEqual(Default.Subgroups)) Add("subgroup", string.Join(',', Subgroups.Select(s => s.Code())));
        Add("from", From is { } f ? Day(f) : null);
        Add("to", To is { } t ? Day(t) : null);
        foreach (var authority in Authorities) Add("authority", authority);
        foreach (var outlet in Outlets) Add("outlet", outlet);
        if (Mode != DashboardMode.Cumulative) Add("mode", Mode.ToString().ToLowerInvariant());
        return QueryHelpers.AddQueryString("", pairs).TrimStart('?');
    }

    /// <summary>Equality by content (the lists compare element by element), so an unchanged URL does not reload the chart.</summary>
    public bool Equals(DashboardView? other) => other is not null && Format() == other.Format();

    public override int GetHashCode() => Format().GetHashCode(StringComparison.Ordinal);

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
