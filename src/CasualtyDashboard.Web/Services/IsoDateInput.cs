using System.Collections.Concurrent;
using System.Globalization;

namespace CasualtyDashboard.Web.Services;

/// <summary>
/// What the date fields (<c>Components/Inputs/IsoDateField</c>) read and show: a day typed as yyyy-MM-dd in Western or
/// Arabic-Indic digits, and the culture of their calendar. Days are written by <see cref="UiFormat.Date"/>.
/// </summary>
public static class IsoDateInput
{
    private static readonly ConcurrentDictionary<string, CultureInfo> CalendarCultures = new(StringComparer.Ordinal);

    /// <summary>
    /// What was typed, read as a day: empty is no day; yyyy-MM-dd (or yyyy-M-d) with Western or Arabic-Indic digits is that
    /// day; anything else is not a day (false).
    /// </summary>
    public static bool TryRead(string? text, out DateOnly? day)
    {
        day = null;
        var trimmed = (text ?? "").Trim();
        if (trimmed.Length == 0) return true;
        var western = string.Concat(trimmed.Select(Western));
        if (!DateOnly.TryParseExact(western, ["yyyy-MM-dd", "yyyy-M-d"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)) return false;
        day = parsed;
        return true;
    }

    /// <summary>
    /// The calendar's culture: the interface's, but with the shortest day names heading its columns where the abbreviated
    /// ones are whole words (Arabic's الخميس and الجمعة ran together in the calendar's narrow columns; خميس، جمعة instead);
    /// read-only, one per culture.
    /// </summary>
    public static CultureInfo CalendarCulture(CultureInfo ui)
    {
        ArgumentNullException.ThrowIfNull(ui);
        return CalendarCultures.GetOrAdd(ui.Name, _ =>
        {
            var culture = (CultureInfo)ui.Clone();
            var format = culture.DateTimeFormat;
            if (format.AbbreviatedDayNames.Any(name => name.Length > 3)) format.AbbreviatedDayNames = format.ShortestDayNames;
            return CultureInfo.ReadOnly(culture);
        });
    }

    private static char Western(char c) => c switch
    {
        >= '\u0660' and <= '\u0669' => (char)('0' + (c - '\u0660')),
        >= '\u06F0' and <= '\u06F9' => (char)('0' + (c - '\u06F0')),
        _ => c,
    };
}
