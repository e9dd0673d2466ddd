using System.Globalization;
using System.Text;

namespace CasualtyDashboard.Web.Services.Export;

/// <summary>How cell values become text, shared by the writers.</summary>
public static class ExportCells
{
    /// <summary>The invariant text of a value: dates <c>yyyy-MM-dd</c>, times ISO 8601 UTC, numbers without grouping.</summary>
    public static string Text(object? value) => value switch
    {
        null => "",
        string s => s,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime t => DateTime.SpecifyKind(t, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>
    /// Text that a spreadsheet would read as a formula (starting with <c>= + - @</c>, tab or carriage return) gets a
    /// leading <c>'</c>, so opening an export never runs what an article or a note contained.
    /// </summary>
    public static string Neutralise(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;

    /// <summary>True for values written as numbers (never neutralised: a negative number is not a formula).</summary>
    public static bool IsNumber(object? value) => value is long or int or double or decimal;

    /// <summary>The text of a text cell, neutralised.</summary>
    public static string SafeText(object? value) => IsNumber(value) ? Text(value) : Neutralise(Text(value));

    /// <summary>Removes characters XML 1.0 cannot hold (control characters other than tab, LF, CR; lone surrogates).</summary>
    public static string XmlSafe(string text)
    {
        StringBuilder? clean = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var ok = c is '\t' or '\n' or '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                clean?.Append(c).Append(text[i + 1]);
                i++;
                continue;
            }
            if (ok) clean?.Append(c);
            else clean ??= new StringBuilder(text, 0, i, text.Length);
        }
        return clean?.ToString() ?? text;
    }

    public static string TypeName(ExportType type) => type switch
    {
        ExportType.Integer => "integer",
        ExportType.Code => "code",
        ExportType.Date => "date (yyyy-MM-dd)",
        ExportType.DateTime => "date-time (UTC, ISO 8601)",
        _ => "text",
    };
}
