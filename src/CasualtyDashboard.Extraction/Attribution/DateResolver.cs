using System.Globalization;
using CasualtyDashboard.Extraction.Languages.Arabic;
using CasualtyDashboard.Extraction.Normalization;
using CasualtyDashboard.Extraction.Tokenization;

namespace CasualtyDashboard.Extraction.Attribution;

/// <summary>
/// Resolves the reporting day (اليوم، أمس، أمس الثلاثاء، الاثنين الماضي) against the publication date, reads the
/// publication date from a <c>تاريخ النشر:</c> line when none is given, and reads explicit dates (7 أكتوبر 2023،
/// السابع من تشرين الأول) for <c>since</c>.
/// </summary>
internal static class DateResolver
{
    private static readonly string[] EnglishMonths =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    /// <summary>The day the figure in [first, last] was announced, or null when neither text nor publication date tells.</summary>
    public static DateOnly? ReportedOn(TextAnalysis a, int first, int last, DateOnly? published, int speaker)
    {
        if (published is not { } day)
        {
            return null;
        }

        var (start, end) = a.SentenceBounds(first, last);

        for (var k = start; k <= end; k++)
        {
            if (a.Tokens[k].Kind != TokenKind.Word || a.Info[k] is not { } info)
            {
                continue;
            }

            if (info.Has(WordFlags.Yesterday) && !IsOngoingSince(a, k))
            {
                var before = k > 0 && a.IsWord(k - 1) && a.Span(k - 1) is "اول" or "قبل";
                return day.AddDays(before ? -2 : -1);
            }

            if (info.Has(WordFlags.Weekday) && a.HasArticle(k) && !IsOngoingSince(a, k) && AnnouncedNear(a, start, end))
            {
                var back = ((int)day.DayOfWeek - info.Ordinal + 7) % 7;
                if (back == 0 && a.Has(k + 1, WordFlags.Past))
                {
                    back = 7;
                }

                return day.AddDays(-back);
            }
        }

        return day;
    }

    // منذ السبت: the start of a span, not the day of the report.
    private static bool IsOngoingSince(TextAnalysis a, int k) =>
        (k > 0 && a.Has(k - 1, WordFlags.Since)) || (k > 1 && a.Has(k - 2, WordFlags.Since) && a.Span(k - 1) is "يوم");

    private static bool AnnouncedNear(TextAnalysis a, int start, int end)
    {
        for (var k = start; k <= end; k++)
        {
            if (a.Has(k, WordFlags.Attribution) || a.Has(k, WordFlags.Rise) || a.Has(k, WordFlags.Continuation))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Publication date from a <c>تاريخ النشر:</c> line (2024-11-01، 01/11/2024، 1 نوفمبر 2024، 1st, November 2024).</summary>
    public static DateOnly? FromPublicationLine(string text)
    {
        var at = text.IndexOf("تاريخ النشر", StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var lineEnd = text.IndexOf('\n', at);
        var line = text[(at + "تاريخ النشر".Length)..(lineEnd < 0 ? text.Length : lineEnd)];
        var normalized = ArabicNormalizer.NormalizeWord(line);
        return ParseLooseDate(normalized);
    }

    private static DateOnly? ParseLooseDate(string s)
    {
        var tokens = new List<string>();
        var current = new System.Text.StringBuilder();
        foreach (var c in s)
        {
            if (char.IsLetterOrDigit(c))
            {
                current.Append(c);
            }
            else
            {
                Flush();
            }
        }

        Flush();
        int? dayNumber = null, month = null, year = null;
        var numbers = new List<int>();
        foreach (var token in tokens)
        {
            if (char.IsAsciiDigit(token[0]))
            {
                var digits = new string(token.TakeWhile(char.IsAsciiDigit).ToArray());
                if (int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
                {
                    numbers.Add(value);
                }

                continue;
            }

            var english = Array.IndexOf(EnglishMonths, token.ToLowerInvariant());
            if (english >= 0)
            {
                month = english + 1;
                continue;
            }

            if (ArabicLexicon.Lookup(token, out _) is { } info && info.Has(WordFlags.Month))
            {
                month = info.Ordinal;
            }
        }

        foreach (var n in numbers)
        {
            if (n > 31)
            {
                year ??= n;
            }
            else if (month is null && dayNumber is not null)
            {
                month = n;
            }
            else
            {
                dayNumber ??= n;
            }
        }

        if (numbers.Count >= 3 && numbers[0] > 31)
        {
            (year, month, dayNumber) = (numbers[0], numbers[1], numbers[2]);
        }

        if (year is { } y && month is { } m && dayNumber is { } d && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m))
        {
            return new DateOnly(y, m, d);
        }

        return null;

        void Flush()
        {
            if (current.Length > 0)
            {
                tokens.Add(current.ToString());
                current.Clear();
            }
        }
    }

    /// <summary>An explicit date starting at token k (7 أكتوبر 2023، السابع من أكتوبر، 18 مارس/آذار الماضي).</summary>
    public static DateOnly? DateAt(TextAnalysis a, int k, DateOnly? published, out int end)
    {
        end = k;
        int? dayNumber = null;
        if (k < a.Limit && a.Tokens[k].Kind == TokenKind.Number && NumberOf(a, k) is { } n && n is >= 1 and <= 31)
        {
            dayNumber = (int)n;
        }
        else if (a.IsWord(k) && Languages.Arabic.Calendar.OrdinalDays.TryGetValue(a.Span(k)[(a.Prefix[k] == 1 && a.Span(k)[0] == 'و' ? 1 : 0)..].ToString(), out var ordinal))
        {
            dayNumber = ordinal;
        }

        if (dayNumber is null)
        {
            return null;
        }

        var m = k + 1;
        if (a.IsWord(m) && a.Span(m) is "من")
        {
            m++;
        }

        int? month = null;
        if (a.IsWord(m) && a.Info[m] is { } info && info.Has(WordFlags.Month))
        {
            month = info.Ordinal;
        }
        else if (a.IsWord(m) && a.PhraseAt[m] is { Kind: PhraseKind.Month } phrase)
        {
            month = phrase.Month;
            m = a.PhraseEnd[m];
        }

        if (month is null)
        {
            return null;
        }

        end = m;
        int? year = null;
        for (var y = m + 1; y < a.Limit && y <= m + 4; y++)
        {
            if (a.Tokens[y].Kind == TokenKind.Number && NumberOf(a, y) is { } yy && yy is >= 1900 and <= 2100)
            {
                year = (int)yy;
                end = y;
                break;
            }

            if (a.Tokens[y].Kind == TokenKind.Word && !(a.Info[y] is { } w && (w.Has(WordFlags.Month) || w.Phrases is not null)) && a.PhraseAt[y] is null)
            {
                break;
            }
        }

        if (year is null)
        {
            if (published is not { } p)
            {
                return null;
            }

            year = p.Year;
            if (month > p.Month || (month == p.Month && dayNumber > p.Day))
            {
                year--;
            }
        }

        var days = DateTime.DaysInMonth(year.Value, month.Value);
        return dayNumber <= days ? new DateOnly(year.Value, month.Value, dayNumber.Value) : null;
    }

    private static long? NumberOf(TextAnalysis a, int k) =>
        long.TryParse(a.Span(k), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : null;
}
