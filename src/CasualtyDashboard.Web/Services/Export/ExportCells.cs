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
        text.Length > 0 && IsFormulaStart(text[0]) ? "'" + text : text;

    /// <summary>
    /// The separators a spreadsheet may split a CSV line at: the comma, and the semicolon of locales whose decimal mark is
    /// the comma (Excel there reads <c>x;=1+2;y</c> as three cells, the middle one a formula).
    /// </summary>
    public const string CsvSeparators = ",;";

    /// <summary>
    /// <see cref="Neutralise"/> for every cell a spreadsheet could cut out of this text: the start, and each place right
    /// after a <c>,</c> or <c>;</c> (spaces and quotes skipped) where a formula character follows gets the <c>'</c> too. A
    /// spreadsheet splitting at either separator, quotes honoured or not, then finds no cell that starts a formula.
    /// </summary>
    public static string NeutraliseCsv(string text)
    {
        text = Neutralise(text);
        if (text.AsSpan().IndexOfAny(CsvSeparators) < 0) return text;
        var result = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            result.Append(text[i]);
            if (!CsvSeparators.Contains(text[i])) continue;
            var next = i + 1;
            while (next < text.Length && text[next] == ' ') next++;
            // A quote there would open a quoted cell whose text starts after it.
            var probe = next;
            while (probe < text.Length && text[probe] == '"') probe++;
            if (probe < text.Length && IsFormulaStart(text[probe]))
            {
                result.Append(text, i + 1, next - i - 1).Append('\'');
                i = next - 1;
            }
        }
        return result.ToString();
    }

    /// <summary>A character a spreadsheet reads as the start of a formula.</summary>
    public static bool IsFormulaStart(char c) => c is '=' or '+' or '-' or '@' or '\t' or '\r';

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
