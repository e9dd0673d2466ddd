using System.Globalization;

namespace CasualtyDashboard.Web.Services.Export;

/// <summary>The <c>from</c> and <c>to</c> parameters (<c>yyyy-MM-dd</c>) the export endpoints share.</summary>
public static class QueryDateRange
{
    /// <summary>Reads both days; an error names the parameter, or says that <c>from</c> is after <c>to</c>.</summary>
    public static bool TryRead(Func<string, string?> get, out DateOnly? from, out DateOnly? to, out string? error)
    {
        (from, to, error) = (null, null, null);
        foreach (var key in new[] { "from", "to" })
        {
            if (get(key) is not { } text) continue;
            if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                error = $"{key} '{text}' is not a date yyyy-MM-dd";
                return false;
            }
            if (key == "from") from = date;
            else to = date;
        }
        if (from > to) error = $"from ({Text(from)}) is after to ({Text(to)})";
        return error is null;
    }

    public static string? Text(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
