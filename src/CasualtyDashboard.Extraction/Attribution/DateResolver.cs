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

    /// <summary>
    /// The day the figure in [first, last] was announced, or null when neither text nor publication date tells. A day
    /// word counts when it dates the announcement: in the main clause of a sentence that reports (أعلنت الوزارة أمس،
    /// قال المرصد السبت إن), not inside what was reported (إن ... قتلوا أمس), a relative clause (الانفجار الذي وقع
    /// أمس) or a span (منذ ... أمس). A sentence with no day of its own takes the day of the sentence naming its issuer.
    /// </summary>
    public static DateOnly? ReportedOn(TextAnalysis a, int first, int last, DateOnly? published, int speaker)
    {
        if (published is not { } day)
        {
            return null;
        }

        var (start, end) = a.SentenceBounds(first, last);
        if (AnnouncementDay(a, start, end, day) is { } own)
        {
            return own;
        }

        if (speaker >= 0 && speaker < a.Limit && a.Sentence[speaker] != a.Sentence[first])
        {
            var (speakerStart, speakerEnd) = a.SentenceBounds(speaker, speaker);
            if (AnnouncementDay(a, speakerStart, speakerEnd, day) is { } said)
            {
                return said;
            }
        }

        if (ReportFrame.Continues(a, start, end) && SameSpeakerGoesOn(a, start, end) && ReportFrame.Previous(a, start) is var (previousStart, previousEnd) && previousStart >= 0
            && AnnouncementDay(a, previousStart, previousEnd, day) is { } framed)
        {
            // أعلنت الوزارة مساء أمس السبت مقتل ... ⏎ وأوضحت الوزارة في بيانها أن ...: the statement it goes on with was made that day.
            return framed;
        }

        return day;
    }

    // وأوضحت الوزارة / وقال المصدر / وأضاف أن: a verb of saying whose subject is the issuer named before (an anaphor, a
    // definite source) or none at all; not وقال مصدر مسؤول / وأفاد المتحدث باسم ...: another speaker.
    private static bool SameSpeakerGoesOn(TextAnalysis a, int start, int end)
    {
        var w = ReportFrame.FirstWord(a, start, end);
        if (w < 0 || !(a.Has(w, WordFlags.Continuation) || (a.Has(w, WordFlags.Attribution) && a.PrefixOf(w) is "و")))
        {
            return false;
        }

        var s = w + 1;
        return !a.IsWord(s) || a.Span(s) is "ان" || a.Has(s, WordFlags.MinistryAnaphor) || (a.Is(s, WordRole.Anonymous) && a.HasArticle(s));
    }

    private static DateOnly? AnnouncementDay(TextAnalysis a, int start, int end, DateOnly day)
    {
        var said = -1;
        for (var k = start; k <= end && said < 0; k++)
        {
            if (a.Has(k, WordFlags.Attribution) || a.Has(k, WordFlags.Rise) || a.Has(k, WordFlags.Continuation))
            {
                said = k;
            }
        }

        if (said < 0)
        {
            return null;
        }

        var reported = ReportedClauseStart(a, start, end);
        for (var k = start; k <= end && k < reported; k++)
        {
            if (a.Tokens[k].Kind == TokenKind.Number)
            {
                // في الثامن من مارس، قال المرصد: a date right before the verb of saying.
                if (k - start <= 3 && DateAt(a, k, day, out var dateEnd) is { } date && date <= day && AttributionWithin(a, dateEnd + 1, 3) && !Dependent(a, k, start))
                {
                    return date;
                }

                continue;
            }

            // Day words before the verb of saying date something else (شنت حماس هجوما السبت، وقالت ...).
            if (k <= said || a.Tokens[k].Kind != TokenKind.Word || a.Info[k] is not { } info)
            {
                continue;
            }

            if (info.Has(WordFlags.Today) && a.Span(k) is "اليوم" && !Dependent(a, k, start))
            {
                return day;
            }

            if (info.Has(WordFlags.Yesterday) && Dependent(a, k, start))
            {
                // الانفجار الذي وقع أمس الثلاثاء: the weekday goes with it.
                k += a.Has(k + 1, WordFlags.Weekday) ? 1 : 0;
                continue;
            }

            if (info.Has(WordFlags.Yesterday))
            {
                // أول أمس / قبل أمس / أمس الأول: the day before yesterday.
                var twoDays = (k > 0 && a.IsWord(k - 1) && a.Span(k - 1) is "اول" or "قبل") || (a.IsWord(k + 1) && a.Span(k + 1) is "الاول");
                return day.AddDays(twoDays ? -2 : -1);
            }

            if (info.Has(WordFlags.Weekday) && !Dependent(a, k, start))
            {
                // ليل السبت الأحد: the night ends on the second day.
                var weekday = a.Info[k + 1 < a.Count ? k + 1 : k] is { } next && next.Has(WordFlags.Weekday) ? next.Ordinal : info.Ordinal;
                var back = ((int)day.DayOfWeek - weekday + 7) % 7;
                if (back == 0 && a.Has(k + 1, WordFlags.Past))
                {
                    back = 7;
                }

                return day.AddDays(-back);
            }
        }

        return null;
    }

    /// <summary>
    /// The day a day word at token k names (اليوم، أمس، أول أمس، الاثنين، ليل السبت الأحد), counted back from
    /// <paramref name="published"/>; null when k is no day word or the publication date is unknown.
    /// </summary>
    public static DateOnly? DayWord(TextAnalysis a, int k, DateOnly? published)
    {
        if (published is not { } day || a.Info[k] is not { } info)
        {
            return null;
        }

        if (info.Has(WordFlags.Today) && a.Span(k) is "اليوم")
        {
            return day;
        }

        if (info.Has(WordFlags.Yesterday))
        {
            var twoDays = (k > 0 && a.IsWord(k - 1) && a.Span(k - 1) is "اول" or "قبل") || (a.IsWord(k + 1) && a.Span(k + 1) is "الاول");
            return day.AddDays(twoDays ? -2 : -1);
        }

        if (info.Has(WordFlags.Weekday))
        {
            var weekday = a.Info[k + 1 < a.Count ? k + 1 : k] is { } next && next.Has(WordFlags.Weekday) ? next.Ordinal : info.Ordinal;
            var back = ((int)day.DayOfWeek - weekday + 7) % 7;
            return day.AddDays(back == 0 && a.Has(k + 1, WordFlags.Past) ? -7 : -back);
        }

        return null;
    }

    private static bool AttributionWithin(TextAnalysis a, int from, int reach)
    {
        for (var k = from; k < a.Limit && k < from + reach + 1; k++)
        {
            if (a.Has(k, WordFlags.Attribution))
            {
                return true;
            }
        }

        return false;
    }

    // The first أن / إن after the sentence's attribution word: what follows is what was said.
    private static int ReportedClauseStart(TextAnalysis a, int start, int end)
    {
        var said = false;
        for (var k = start; k <= end; k++)
        {
            if (a.Has(k, WordFlags.Attribution) || a.Has(k, WordFlags.Continuation))
            {
                said = true;
                continue;
            }

            if (said && (a.Function(k) & FunctionWord.That) != 0)
            {
                return k;
            }
        }

        return int.MaxValue;
    }

    // A day word inside a span (منذ ... أمس), a relative clause (الذي وقع أمس) or with a preposition of time (قبل / بعد).
    private static bool Dependent(TextAnalysis a, int k, int start)
    {
        if (IsOngoingSince(a, k))
        {
            return true;
        }

        for (var j = k - 1; j >= start && j >= k - 8; j--)
        {
            if (a.Tokens[j].Kind is TokenKind.Comma or TokenKind.Number)
            {
                break;
            }

            if (a.Has(j, WordFlags.Since))
            {
                return true;
            }

            if (j >= k - 5 && a.IsWord(j) && a.Span(j) is "الذي" or "التي" or "الذين" or "اللذين" or "اللتين" or "بعد")
            {
                return true;
            }

            if (a.IsBare(j, WordRole.Happened))
            {
                // الزلزال الذي ضرب محافظة كرمان فجر الأحد، تدافع وقع عند المدخل مساء السبت: the day the event happened.
                return true;
            }
        }

        return false;
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

    /// <summary>
    /// With no publication date: the latest full date the text gives (with its year; Gregorian, or Hijri written
    /// 15/10/1436هـ), when the text names that date's weekday as a day (يوم السبت، اليوم الجمعة) — the report's own day.
    /// </summary>
    public static DateOnly? AnchorFromText(TextAnalysis a)
    {
        DateOnly? latest = null;
        for (var k = 0; k < a.Limit; k++)
        {
            if (a.Tokens[k].Kind == TokenKind.Number && (DateAt(a, k, null, out _) ?? NumericDate(a, k)) is { } date && (latest is null || date > latest))
            {
                latest = date;
            }
        }

        if (latest is not { } candidate)
        {
            return null;
        }

        for (var k = 1; k < a.Limit; k++)
        {
            if (a.Info[k] is { } info && info.Has(WordFlags.Weekday) && info.Ordinal == (int)candidate.DayOfWeek && a.IsWord(k - 1) && a.Span(k - 1) is "يوم" or "اليوم" && !IsOngoingSince(a, k))
            {
                return candidate;
            }
        }

        return null;
    }

    // 15/ 10/ 1436هـ (Hijri, Umm al-Qura) or 7/10/2023 (day/month/year).
    private static DateOnly? NumericDate(TextAnalysis a, int k)
    {
        if (k + 4 >= a.Limit || a.Tokens[k + 1] is not { Kind: TokenKind.Mark, Char: '/' } || a.Tokens[k + 3] is not { Kind: TokenKind.Mark, Char: '/' }
            || a.Tokens[k + 2].Kind != TokenKind.Number || a.Tokens[k + 4].Kind != TokenKind.Number
            || NumberOf(a, k) is not { } d || NumberOf(a, k + 2) is not { } m || NumberOf(a, k + 4) is not { } y || d is < 1 or > 31 || m is < 1 or > 12)
        {
            return null;
        }

        if (y is >= 1900 and <= 2100 && d <= DateTime.DaysInMonth((int)y, (int)m))
        {
            return new DateOnly((int)y, (int)m, (int)d);
        }

        var hijri = new UmAlQuraCalendar();
        if (y is >= 1320 and <= 1499 && a.IsWord(k + 5) && a.Span(k + 5) is "ه" && d <= hijri.GetDaysInMonth((int)y, (int)m))
        {
            return DateOnly.FromDateTime(hijri.ToDateTime((int)y, (int)m, (int)d, 0, 0, 0, 0));
        }

        return null;
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
    public static DateOnly? DateAt(TextAnalysis a, int k, DateOnly? published, out int end) => DateAt(a, k, published, null, out end);

    /// <summary>
    /// The start day a running toll of <paramref name="region"/> is counted from (منذ + the date at token k): a day and
    /// month without a year name the event of <see cref="AnchorEvents"/> that starts then (منذ السابع من أكتوبر is
    /// 2023-10-07 in an article of 2025), else the most recent such day before publication.
    /// </summary>
    public static DateOnly? SinceAt(TextAnalysis a, int k, DateOnly? published, string? region) =>
        OutsetAt(a, k, published) ?? DateAt(a, k, published, region ?? "", out _);

    /// <summary>
    /// منذ مطلع العام / مطلع العام الماضي / بداية الشهر الجاري / مطلع 2024: the first day of the year or month named after an
    /// outset word at token k (the publication's, or the one before it with الماضي), or null.
    /// </summary>
    private static DateOnly? OutsetAt(TextAnalysis a, int k, DateOnly? published)
    {
        if (!a.Is(k, WordRole.Outset) || a.Prefix[k] != 0 || !a.IsWord(k + 1) && !(k + 1 < a.Limit && a.Tokens[k + 1].Kind == TokenKind.Number))
        {
            return null;
        }

        if (a.Tokens[k + 1].Kind == TokenKind.Number)
        {
            return NumberOf(a, k + 1) is { } y and >= 1900 and <= 2100 ? new DateOnly((int)y, 1, 1) : null;
        }

        if (published is not { } p || !a.HasArticle(k + 1) || !a.Is(k + 1, WordRole.CalendarSpan))
        {
            return null;
        }

        var past = a.Has(k + 2, WordFlags.Past);
        if (a.Is(k + 1, WordRole.Year))
        {
            return new DateOnly(p.Year - (past ? 1 : 0), 1, 1);
        }

        var month = new DateOnly(p.Year, p.Month, 1);
        return past ? month.AddMonths(-1) : month;
    }

    // anchorRegion: null reads a year-less date as the latest past one; otherwise (empty for an unknown region) as the
    // start of a listed event first.
    private static DateOnly? DateAt(TextAnalysis a, int k, DateOnly? published, string? anchorRegion, out int end)
    {
        end = k;
        int? dayNumber = null;
        if (k < a.Limit && a.Tokens[k].Kind == TokenKind.Number && NumberOf(a, k) is { } n && n is >= 1 and <= 31)
        {
            dayNumber = (int)n;
        }
        else if (a.IsWord(k) && Languages.Arabic.Calendar.OrdinalDay(a.Span(k)[(a.Prefix[k] == 1 && a.Span(k)[0] == 'و' ? 1 : 0)..]) is { } ordinal)
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
        if (month > Languages.Arabic.Calendar.HijriMonth)
        {
            return HijriDateAt(a, m, dayNumber.Value, month.Value - Languages.Arabic.Calendar.HijriMonth, published, ref end);
        }

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

        if (year is null && anchorRegion is not null && AnchorEvents.Find(month.Value, dayNumber.Value, anchorRegion.Length == 0 ? null : anchorRegion, published) is { } anchor)
        {
            // منذ السابع من أكتوبر: the start of the event that day names, whatever the year of publication.
            return anchor;
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

    // 15 شوال 1436هـ, or 15 رمضان in the Hijri year of publication.
    private static DateOnly? HijriDateAt(TextAnalysis a, int monthEnd, int day, int month, DateOnly? published, ref int end)
    {
        var calendar = new UmAlQuraCalendar();
        int year;
        if (monthEnd + 1 < a.Limit && a.Tokens[monthEnd + 1].Kind == TokenKind.Number && NumberOf(a, monthEnd + 1) is { } y && y is >= 1320 and <= 1499)
        {
            year = (int)y;
            end = monthEnd + 1;
        }
        else if (published is { } p && p.ToDateTime(TimeOnly.MinValue) >= calendar.MinSupportedDateTime && p.ToDateTime(TimeOnly.MinValue) <= calendar.MaxSupportedDateTime)
        {
            var today = p.ToDateTime(TimeOnly.MinValue);
            year = calendar.GetYear(today);
            if (month > calendar.GetMonth(today) || (month == calendar.GetMonth(today) && day > calendar.GetDayOfMonth(today)))
            {
                year--;
            }
        }
        else
        {
            return null;
        }

        return year is >= 1320 and <= 1499 && day <= calendar.GetDaysInMonth(year, month) ? DateOnly.FromDateTime(calendar.ToDateTime(year, month, day, 0, 0, 0, 0)) : null;
    }

    private static long? NumberOf(TextAnalysis a, int k) =>
        long.TryParse(a.Span(k), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : null;
}
