using CasualtyDashboard.Web.Resources;
using Microsoft.Extensions.Localization;

namespace CasualtyDashboard.Web.Services;

/// <summary>
/// Series, points and conflicts named in words in the interface language, from their stored keys:
/// <c>gaza||killed|women|cumulative|2023-10-07</c> reads "Killed (women) in Gaza · cumulative since 2023-10-07". A key
/// of another shape is shown as it is.
/// </summary>
public sealed class SeriesNames(IStringLocalizer<SharedResource> l, CodeNames names)
{
    /// <summary>A series key, <c>region|area|category|subgroup|basis|since</c>.</summary>
    public string Series(string key)
    {
        var parts = key.Split('|');
        if (parts.Length != 6) return key;
        var (region, area, category, subgroup, basis, since) = (parts[0], parts[1], parts[2], parts[3], parts[4], parts[5]);
        var place = area.Length > 0 ? $"{names.Region(region)} ({area})" : names.Region(region);
        var counted = since.Length > 0 ? l["Series.Since", names.Code(basis), Ltr(since)].Value : names.Code(basis);
        return CodeNames.SentenceCase(subgroup is "all" or ""
            ? l["Series.NameAll", names.Code(category), place, counted]
            : l["Series.Name", names.Code(category), names.Code(subgroup), place, counted]);
    }

    /// <summary>A point key, <c>series-key@yyyy-MM-dd</c>.</summary>
    public string Point(string key)
    {
        var at = key.LastIndexOf('@');
        return at < 0 ? key : l["Series.Point", Series(key[..at]), Ltr(key[(at + 1)..])];
    }

    /// <summary>A date kept left to right inside Arabic text (Unicode isolates: the name is plain text, shown anywhere).</summary>
    private static string Ltr(string text) => $"\u2066{text}\u2069";
}
