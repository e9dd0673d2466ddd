using System.Globalization;
using CasualtyDashboard.Extraction.Languages.Arabic;
using CasualtyDashboard.Extraction.Model;
using CasualtyDashboard.Extraction.Tokenization;

namespace CasualtyDashboard.Extraction.Numbers;

/// <summary>
/// Reads the count starting at a token: digits with separators and scale words (2.3 مليون، 62 ألفا و64), number words
/// (خمسة عشر، ثلاثمائة، ألفان), vague quantifiers (عشرات الآلاف، عدد من) and dual nouns (قتيلان، شخصين).
/// </summary>
internal static class NumberPhraseReader
{
    public static bool TryRead(TextAnalysis a, int i, bool afterHedge, out NumberPhrase phrase)
    {
        phrase = default;
        var token = a.Tokens[i];
        if (token.Kind == TokenKind.Number)
        {
            return TryReadDigits(a, i, out phrase);
        }

        if (token.Kind != TokenKind.Word)
        {
            return false;
        }

        if (a.PhraseAt[i] is { Kind: PhraseKind.Vague } vague && !(a.Info[a.PhraseEnd[i] + 1 < a.Count ? a.PhraseEnd[i] + 1 : i] is { Role: CueRole.After or CueRole.Before } verb && verb.Category is not null && a.PhraseEnd[i] + 1 < a.Count && !a.HasArticle(a.PhraseEnd[i] + 1) && a.Info[a.PhraseEnd[i] + 1]!.Count == 0 && a.Info[a.PhraseEnd[i] + 1]!.Role != CueRole.Noun))
        {
            // (عدد من قتلوا is "the number of those killed", not "a number of")
            phrase = new NumberPhrase(i, a.PhraseEnd[i], vague.Value, FigureQualifier.Vague, false);
            return true;
        }

        if (a.Info[i] is not { } info)
        {
            return false;
        }

        if (info.NumberKind == NumberWordKind.Vague || (info.NumberKind == NumberWordKind.Scale && info.NumberValue == 1000 && IsPluralThousands(a, i)))
        {
            return TryReadVague(a, i, info, out phrase);
        }

        if (info.NumberKind == NumberWordKind.Unit && info.NumberValue == 2 && a.Prefix[i] == 0 && i > 0 && a.IsWord(i - 1) && !a.HasArticle(i - 1)
            && a.Info[i - 1] is { Count: 0 } noun && (noun.Role == CueRole.Noun || noun.IsPerson))
        {
            // مفقودَين اثنين: a noun whose dual is spelt as its plural, restated by اثنين after it, counts two (the noun first).
            phrase = new NumberPhrase(i - 1, i, 2, FigureQualifier.Exact, true);
            return true;
        }

        if (info.NumberKind != NumberWordKind.None)
        {
            // Number words with the article are ordinals or nouns (الاثنين، الألف) unless a hedge precedes (قرابة الألف).
            // (الأطفال الثلاثة فارقوا الحياة: a numeral after a definite person noun counts it; the figure finder then
            // wants a casualty verb after it.)
            if (a.HasArticle(i) && !afterHedge && !(i > 0 && a.IsWord(i - 1) && a.HasArticle(i - 1) && a.Info[i - 1] is { IsPerson: true, Count: 0 }))
            {
                return false;
            }

            return TryReadWords(a, i, out phrase);
        }

        if (info.Count == 2 && (info.Role == CueRole.Noun || info.IsPerson) && !a.HasArticle(i))
        {
            // بمقتل ضابط وجنديين: a singular of the same group joined to the dual is one count with it, three (decision 078).
            if (info.Subgroup is { } group && a.Prefix[i] == 1 && a.Span(i)[0] == 'و' && i > 0 && a.IsWord(i - 1) && a.Prefix[i - 1] == 0
                && a.Info[i - 1] is { Count: 1, Subgroup: { } single } && single == group)
            {
                phrase = new NumberPhrase(i - 1, i, 3, FigureQualifier.Exact, true);
                return true;
            }

            phrase = new NumberPhrase(i, i, 2, FigureQualifier.Exact, true);
            return true;
        }

        return false;
    }

    private static bool IsPluralThousands(TextAnalysis a, int i)
    {
        var span = a.Span(i)[a.Prefix[i]..];
        return span is "الاف" or "الوف";
    }

    private static bool TryReadVague(TextAnalysis a, int i, WordInfo info, out NumberPhrase phrase)
    {
        var value = info.NumberKind == NumberWordKind.Vague ? info.NumberValue : 2000;
        var last = i;
        // عشرات الآلاف، مئات آلاف: tens or hundreds of thousands.
        if (value is 20 or 200 && a.IsWord(i + 1) && a.Info[i + 1] is { NumberKind: NumberWordKind.Scale } scale)
        {
            value *= scale.NumberValue;
            last = i + 1;
        }

        phrase = new NumberPhrase(i, last, value, FigureQualifier.Vague, false);
        return true;
    }

    private static bool TryReadDigits(TextAnalysis a, int i, out NumberPhrase phrase)
    {
        phrase = default;
        if (!TryParseDigits(a.Span(i), out var value))
        {
            return false;
        }

        var last = i;
        var total = 0m;
        // 62 ألفا و64 / 10 آلاف و518 / 44 ألفا 532 / 2.3 مليون
        while (true)
        {
            if (a.IsWord(last + 1) && a.Info[last + 1] is { NumberKind: NumberWordKind.Scale } scale && a.Prefix[last + 1] == 0)
            {
                value *= scale.NumberValue;
                last++;
                total += value;
                if (TryContinuation(a, last, (long)value, out var rest, out var restLast))
                {
                    value = rest;
                    last = restLast;
                    continue;
                }

                value = 0;
            }

            break;
        }

        total += value;
        if (total != decimal.Truncate(total) || total <= 0 || total > 100_000_000_000m)
        {
            return false;
        }

        phrase = new NumberPhrase(i, last, (long)total, FigureQualifier.Exact, false);
        return true;
    }

    // After a scale: و + a smaller number (digits or words).
    private static bool TryContinuation(TextAnalysis a, int scaleToken, long scaleValue, out decimal value, out int last)
    {
        value = 0;
        last = scaleToken;
        var next = scaleToken + 1;
        if (next >= a.Count)
        {
            return false;
        }

        if (a.IsWord(next) && a.Span(next) is "و" && next + 1 < a.Count && a.Tokens[next + 1].Kind == TokenKind.Number)
        {
            next++;
        }

        var token = a.Tokens[next];
        var attachedAnd = next > 0 && a.IsWord(next - 1) && a.Tokens[next - 1].End == token.Start && a.Span(next - 1) is "و";
        if (token.Kind == TokenKind.Number && (attachedAnd || a.Span(next - 1) is "و" || next == scaleToken + 1)
            && TryParseDigits(a.Span(next), out var digits) && digits < ScaleUnit(scaleValue))
        {
            value = digits;
            last = next;
            return true;
        }

        if (a.IsWord(next) && a.Info[next] is { NumberKind: NumberWordKind.Unit or NumberWordKind.Ten or NumberWordKind.Hundred or NumberWordKind.TeenTen }
            && a.Span(next)[0] == 'و' && a.Prefix[next] == 1 && TryReadWords(a, next, out var words) && words.Value < ScaleUnit(scaleValue))
        {
            value = words.Value;
            last = words.Last;
            return true;
        }

        return false;
    }

    private static long ScaleUnit(long scaled)
    {
        var unit = 1000L;
        while (unit * 1000 <= scaled && unit < 1_000_000_000)
        {
            unit *= 1000;
        }

        return unit;
    }

    /// <summary>Composes consecutive number words (خمسة عشر، ثلاثة وعشرون، ثلاث مئة، عشرة آلاف، ألف و996).</summary>
    private static bool TryReadWords(TextAnalysis a, int i, out NumberPhrase phrase)
    {
        long total = 0, current = 0;
        var last = i - 1;
        var lastKind = NumberWordKind.None;
        var first = i;
        if (a.Info[i] is { NumberKind: NumberWordKind.TeenTen } && a.Prefix[i] == 0 && i > 0 && a.IsWord(i - 1) && a.IsBare(i - 1, WordRole.TeenOne))
        {
            // أحد عشر، إحدى عشرة: the "one" before the ten.
            current = 1;
            lastKind = NumberWordKind.Unit;
            first = i - 1;
        }

        for (var j = i; j < a.Count && a.IsWord(j) && a.Info[j] is { } w && w.NumberKind is not (NumberWordKind.None or NumberWordKind.Vague); j++)
        {
            if (j > i && !(a.Prefix[j] == 0 || (a.Prefix[j] == 1 && a.Span(j)[0] == 'و')))
            {
                break;
            }

            var joined = j > i && a.Prefix[j] == 1;
            switch (w.NumberKind)
            {
                case NumberWordKind.Unit:
                    // (خمسة وسبعة are two numbers, as in بين خمسة وسبعة: a unit joins only a hundred or a scale before it.)
                    if (j > i && (!joined || lastKind is NumberWordKind.Unit or NumberWordKind.TeenTen or NumberWordKind.Ten) && lastKind != NumberWordKind.None)
                    {
                        goto done;
                    }

                    current += w.NumberValue;
                    break;
                case NumberWordKind.TeenTen:
                    current = lastKind == NumberWordKind.Unit && !joined && current < 10 ? current + 10 : current + w.NumberValue;
                    break;
                case NumberWordKind.Ten:
                    if (j > i && !joined)
                    {
                        goto done;
                    }

                    current += w.NumberValue;
                    break;
                case NumberWordKind.Hundred:
                    current = lastKind == NumberWordKind.Unit && !joined && current < 10 ? current * 100 : current + w.NumberValue;
                    break;
                case NumberWordKind.Scale:
                    // (ألفا شخص opening the count is two thousand: the dual in construct.)
                    total += (current != 0 ? current : j == first && a.IsBare(j, WordRole.DualScale) ? 2 : 1) * w.NumberValue;
                    current = 0;
                    break;
            }

            lastKind = w.NumberKind;
            last = j;
        }

    done:
        total += current;
        if (last < i || total <= 0)
        {
            phrase = default;
            return false;
        }

        // ألف و996: a scale word followed by و + digits.
        if (lastKind == NumberWordKind.Scale && TryContinuation(a, last, total, out var rest, out var restLast))
        {
            total += (long)rest;
            last = restLast;
        }

        // واحد / واحدة alone follows its noun as an adjective (عائلة واحدة، قتيل واحد): not a count of its own.
        if (total == 1 && last == i)
        {
            phrase = default;
            return false;
        }

        phrase = new NumberPhrase(first, last, total, FigureQualifier.Exact, false);
        return true;
    }

    /// <summary>Parses 10328, 10,328, 10.328 (Maghreb thousands), 2.3 and 1,5 (Maghreb decimal).</summary>
    public static bool TryParseDigits(ReadOnlySpan<char> s, out decimal value)
    {
        value = 0;
        if (s.Length is > 0 and <= 15 && !s.ContainsAny(',', '.'))
        {
            // Plain digits, the usual case, without the general parser.
            long plain = 0;
            foreach (var c in s)
            {
                plain = plain * 10 + (c - '0');
            }

            value = plain;
            return true;
        }

        var separators = 0;
        var lastSep = -1;
        for (var k = 0; k < s.Length; k++)
        {
            if (s[k] is ',' or '.')
            {
                separators++;
                lastSep = k;
            }
        }

        Span<char> digits = stackalloc char[s.Length];
        var n = 0;
        var decimalAt = -1;
        var groupsOfThree = lastSep >= 0 && s.Length - lastSep - 1 == 3;
        for (var k = 0; k < s.Length; k++)
        {
            if (s[k] is ',' or '.')
            {
                // One separator not followed by three digits is a decimal point (2.3، 1,5).
                if (separators == 1 && !groupsOfThree)
                {
                    decimalAt = n;
                    digits[n++] = '.';
                }

                continue;
            }

            digits[n++] = s[k];
        }

        return decimal.TryParse(digits[..n], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value) && decimalAt != 0;
    }
}
