using System.Globalization;
using System.Text.RegularExpressions;

namespace CasualtyDashboard.Reconciliation.Messages;

/// <summary>
/// Plural forms in the wordings of messages and interface strings. A format item <c>{1:plural:one=# day|other=# days}</c>
/// becomes the form its argument's number takes in the language, by the CLDR plural categories: English <c>one</c> and
/// <c>other</c>; Arabic <c>zero</c>, <c>one</c>, <c>two</c>, <c>few</c> (3–10), <c>many</c> (11–99) and <c>other</c>.
/// In the chosen form <c>#</c> stands for the argument as the caller formats it (grouped, isolated), so only the words
/// change. A category the string does not give falls back to <c>other</c>; an argument that is not a whole number
/// takes <c>other</c>.
/// </summary>
public static partial class PluralForms
{
    /// <summary>The CLDR plural category of <paramref name="n"/> in <paramref name="culture"/>'s language.</summary>
    public static string Category(long n, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        var abs = Math.Abs(n);
        if (culture.TwoLetterISOLanguageName != "ar") return abs == 1 ? "one" : "other";
        var hundreds = abs % 100;
        return abs switch
        {
            0 => "zero",
            1 => "one",
            2 => "two",
            _ when hundreds is >= 3 and <= 10 => "few",
            _ when hundreds is >= 11 and <= 99 => "many",
            _ => "other",
        };
    }

    /// <summary>
    /// <paramref name="format"/> with each plural item replaced by its form for the number <paramref name="number"/>
    /// gives for that argument's index, in <paramref name="culture"/>'s language; the result is an ordinary composite format string.
    /// </summary>
    public static string Resolve(string format, Func<int, long?> number, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(format);
        ArgumentNullException.ThrowIfNull(number);
        ArgumentNullException.ThrowIfNull(culture);
        if (!format.Contains(":plural:", StringComparison.Ordinal)) return format;
        return PluralItem().Replace(format, match =>
        {
            var index = int.Parse(match.Groups["index"].Value, CultureInfo.InvariantCulture);
            var category = number(index) is { } n ? Category(n, culture) : "other";
            var forms = match.Groups["forms"].Value.Split('|')
                .Select(f => f.Split('=', 2))
                .Where(f => f.Length == 2)
                .ToDictionary(f => f[0].Trim(), f => f[1], StringComparer.Ordinal);
            var form = forms.GetValueOrDefault(category) ?? forms.GetValueOrDefault("other") ?? "#";
            return form.Replace("#", "{" + index.ToString(CultureInfo.InvariantCulture) + "}", StringComparison.Ordinal);
        });
    }

    /// <summary>The whole number <paramref name="text"/> writes (<c>1,234</c>, <c>+12</c>, Arabic grouping allowed), if any.</summary>
    public static long? WholeNumber(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return long.TryParse(text.Replace(",", "", StringComparison.Ordinal).Replace("\u066C", "", StringComparison.Ordinal),
            NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n : null;
    }

    [GeneratedRegex(@"\{(?<index>\d+):plural:(?<forms>[^{}]*)\}", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PluralItem();
}
