using CasualtyDashboard.Extraction.Languages.Arabic;
using CasualtyDashboard.Extraction.Model;
using CasualtyDashboard.Extraction.Tokenization;

namespace CasualtyDashboard.Extraction.Attribution;

/// <summary>
/// Basis and start of a figure from the markers around it. In the figure's own clause (between commas, before a
/// relative clause) a stated span wins (خلال الـ24 ساعة الماضية، في الفترة بين X و Y، في 2017), then a running total
/// (ارتفع / بلغ / وصل إلى، إجمالي، منذ، آخر حصيلة); failing both, the nearest marker earlier in the sentence; else one
/// incident. A bare حصيلة (حصيلة أولية، حصيلة رسمية) names a count, not a running total.
/// </summary>
internal static class BasisResolver
{
    public static (FigureBasis Basis, DateOnly? Since) Resolve(TextAnalysis a, int first, int last, DateOnly? published, string? region)
    {
        var (start, end) = a.SentenceBounds(first, last);
        var (clauseStart, clauseEnd) = ClauseBounds(a, first, last, start, end);

        (FigureBasis Basis, DateOnly? Since, int Distance)? period = null, cumulative = null, outside = null;
        for (var k = start; k <= end; k++)
        {
            if (k >= first && k <= last && a.Tokens[k].Kind == TokenKind.Number)
            {
                continue;
            }

            var inClause = k >= clauseStart && k <= clauseEnd;
            if (!inClause && k > last)
            {
                break;
            }

            // (A token that is no marker is none for every figure of the article: Marker reads the region only for a
            // marker it has found.)
            if (a.IsNoMarker(k))
            {
                continue;
            }

            if (Marker(a, k, published, region, out var markerSince) is not { } found)
            {
                a.SetNoMarker(k);
                continue;
            }

            var distance = k < first ? first - k : k > last ? k - last + 2 : 0;
            if (!inClause)
            {
                // Earlier clauses: the nearest running total, else the nearest span.
                if (outside is null || found == FigureBasis.Cumulative || outside.Value.Basis != FigureBasis.Cumulative)
                {
                    outside = (found, markerSince, distance);
                }
            }
            else if (found == FigureBasis.Period && (period is null || distance < period.Value.Distance))
            {
                period = (found, markerSince, distance);
            }
            else if (found == FigureBasis.Cumulative && (cumulative is null || distance < cumulative.Value.Distance))
            {
                cumulative = (found, markerSince, distance);
            }
        }

        var chosen = period ?? cumulative ?? outside;
        var basis = chosen?.Basis ?? FigureBasis.Incident;
        var since = chosen?.Since;
        if (basis == FigureBasis.Cumulative && since is null)
        {
            since = WarStart(region, published);
        }

        return (basis, since);
    }

    // The figure's clause: back to the last comma, forward to the next comma or relative pronoun; a comma followed at
    // once by منذ / خلال (مقتل 27 صحافيا، منذ انقلاب ...) still belongs to it.
    private static (int Start, int End) ClauseBounds(TextAnalysis a, int first, int last, int start, int end)
    {
        var clauseStart = first;
        while (clauseStart > start && a.Tokens[clauseStart - 1].Kind != TokenKind.Comma)
        {
            clauseStart--;
        }

        var clauseEnd = last;
        while (clauseEnd < end)
        {
            var next = clauseEnd + 1;
            if (a.Tokens[next].Kind == TokenKind.Comma && !(a.Has(next + 1, WordFlags.Since) || a.Has(next + 1, WordFlags.During) || ListGoesOn(a, next + 1) || SourceFollows(a, next + 1)))
            {
                break;
            }

            if (a.IsWord(next) && a.Span(next) is "الذي" or "التي" or "الذين")
            {
                break;
            }

            clauseEnd = next;
        }

        return (clauseStart, clauseEnd);
    }

    // قتل 24 شخصا، وفق حصيلة جديدة أعلنها ...: the source that follows qualifies the count.
    private static bool SourceFollows(TextAnalysis a, int k)
    {
        if (!a.IsWord(k))
        {
            return false;
        }

        var span = a.Span(k);
        return span.EndsWith("حسب") || span.EndsWith("وفق") || span.EndsWith("وفقا");
    }

    // 60 شهيدا، و343 مصابا خلال الساعات الـ24 الماضية: the list goes on after the comma.
    private static bool ListGoesOn(TextAnalysis a, int k) =>
        k < a.Count && ((a.Tokens[k].Kind == TokenKind.Word && a.Span(k) is "و" && k + 1 < a.Count && a.Tokens[k + 1].Kind == TokenKind.Number)
            || (a.IsWord(k) && a.Span(k).Length > 1 && a.Span(k)[0] == 'و' && a.Info[k] is { NumberKind: not NumberWordKind.None }));

    private static FigureBasis? Marker(TextAnalysis a, int k, DateOnly? published, string? region, out DateOnly? since)
    {
        since = null;
        if (a.PhraseAt[k] is { Kind: PhraseKind.WarStart })
        {
            since = WarStart(region, published);
            return FigureBasis.Cumulative;
        }

        if (a.Tokens[k].Kind == TokenKind.Number)
        {
            // في 2017 / خلال عام 2017: a year's count.
            if (Year(a, k) is { } year && YearSpan(a, k) && !AfterSince(a, k))
            {
                since = new DateOnly(year, 1, 1);
                return FigureBasis.Period;
            }

            return null;
        }

        if (a.Tokens[k].Kind != TokenKind.Word)
        {
            return null;
        }

        var span = a.Span(k);
        // بين 16 أيلول و27 منه / في الفترة بين ... / من 1 يناير إلى 31 ديسمبر / من يوم 28 أيلول
        if (span is "بين" or "من" && DateRangeFrom(a, k, published) is { } range)
        {
            since = range;
            return FigureBasis.Period;
        }

        // لليوم الـ27 على التوالي: a count over that many days.
        if (a.PrefixOf(k) is "لل" or "ولل" && (span.EndsWith("يوم") || span.EndsWith("اسبوع") || span.EndsWith("شهر")) && Within(a, k, 4, "التوالي"))
        {
            return FigureBasis.Period;
        }

        if (span.EndsWith("الفتره") && a.IsWord(k + 1) && a.Span(k + 1) is "ذاتها" or "نفسها" or "الماضيه" or "بين" or "الواقعه" or "من")
        {
            return FigureBasis.Period;
        }

        if (span.EndsWith("احصاييه") && (a.IsWord(k - 1) && a.Span(k - 1) is "اخر" or "احدث" || a.IsWord(k + 1) && a.Span(k + 1) is "جديده" or "الجديده"))
        {
            // حسب آخر إحصائية
            return FigureBasis.Cumulative;
        }

        if (a.Info[k] is not { } info)
        {
            return null;
        }

        if (info.Has(WordFlags.Since) && !(a.IsWord(k + 1) && a.Span(k + 1) is "ان"))
        {
            since = DateResolver.SinceAt(a, k + 1, published, region);
            return FigureBasis.Cumulative;
        }

        if (info.Has(WordFlags.Cumulative) || (info.Has(WordFlags.Rise) && a.PrefixOf(k) is not ("لل" or "ل") && TollNear(a, k)))
        {
            return FigureBasis.Cumulative;
        }

        // آخر حصيلة / حصيلة جديدة / آخر إحصائية: a revised running total.
        if (info.Has(WordFlags.Toll) && span.EndsWith("حصيله") && (a.IsWord(k - 1) && a.Span(k - 1) is "اخر" or "احدث" || a.IsWord(k + 1) && a.Span(k + 1) is "جديده" or "الجديده" or "محدثه"))
        {
            return FigureBasis.Cumulative;
        }

        if (info.Has(WordFlags.During))
        {
            for (var j = k + 1; j < a.Limit && j <= k + 4; j++)
            {
                if (a.Has(j, WordFlags.SpanUnit))
                {
                    since = SpanStart(a, k, j, published);
                    return FigureBasis.Period;
                }
            }
        }

        // الساعات الأربع والعشرين الماضية / الأيام الثلاثة الماضية (not the singular الشهر الماضي: a point in time).
        if (info.Has(WordFlags.SpanUnit) && span.StartsWith("ال") && span is "الساعات" or "الايام" or "الاسابيع" or "الاشهر" or "الشهور" or "الاعوام" or "السنوات")
        {
            for (var j = k + 1; j < a.Limit && j <= k + 4; j++)
            {
                if (a.Has(j, WordFlags.Past))
                {
                    return FigureBasis.Period;
                }
            }
        }

        return null;
    }

    private static DateOnly? DateRangeFrom(TextAnalysis a, int k, DateOnly? published)
    {
        var d = k + 1;
        if (a.IsWord(d) && a.Span(d) is "يوم")
        {
            d++;
        }

        if (DateResolver.DateAt(a, d, published, out var end) is not { } from)
        {
            // بين 10 و21 ماي: the month is named once, after the second day.
            if (d < a.Count && a.Tokens[d].Kind == TokenKind.Number && a.IsWord(d + 1) && a.Span(d + 1) is "و" && DateResolver.DateAt(a, d + 2, published, out _) is { } to
                && NumberPhraseValue(a, d) is { } day && day >= 1 && day < to.Day)
            {
                return new DateOnly(to.Year, to.Month, (int)day);
            }

            return null;
        }

        // من يوم 28 أيلول: from that day on.
        if (a.Span(k) is "من" && d == k + 2)
        {
            return from;
        }

        for (var j = end + 1; j < a.Limit && j <= end + 3; j++)
        {
            if (a.IsWord(j) && a.Span(j) is "و" or "الي" or "حتي" || (a.IsWord(j) && a.Span(j).StartsWith("و") && a.Span(j).Length > 1 && j == end + 1))
            {
                return from;
            }

            if (a.Tokens[j].Kind == TokenKind.Number && a.IsWord(j - 1) && a.Span(j - 1) is "و" or "وال" or "ال")
            {
                return from;
            }
        }

        return null;
    }

    // منذ ... نهاية العام 2014: the year dates the start of a running total.
    private static bool Within(TextAnalysis a, int k, int reach, string word)
    {
        for (var j = k + 1; j < a.Limit && j <= k + reach; j++)
        {
            if (a.IsWord(j) && a.Span(j).SequenceEqual(word))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AfterSince(TextAnalysis a, int k)
    {
        for (var j = k - 1; j >= 0 && a.Tokens[j].Kind != TokenKind.Comma && !a.Tokens[j].IsBreak; j--)
        {
            if (a.Has(j, WordFlags.Since))
            {
                return true;
            }
        }

        return false;
    }

    // في 2017، خلال عام 2017، في العام 2017 (but زلزال العام 2010 dates an event).
    private static bool YearSpan(TextAnalysis a, int k)
    {
        if (!a.IsWord(k - 1))
        {
            return false;
        }

        var before = a.Span(k - 1);
        if (before is "في" or "خلال" or "للعام" or "لعام")
        {
            return true;
        }

        return before is "عام" or "العام" && a.IsWord(k - 2) && a.Span(k - 2) is "في" or "خلال" or "طوال";
    }

    // ارتفع عدد الشهداء / الحصيلة بلغت / عدد الجرحى ... بلغ: a rise or a reach is a running total when a toll is named
    // with it (وصل 17 شهيدا إلى المستشفى is an arrival).
    private static bool TollNear(TextAnalysis a, int k)
    {
        for (var j = Math.Max(0, k - 6); j < a.Count && j <= k + 3; j++)
        {
            if (j == k || (j < k && a.Sentence[j] != a.Sentence[k]))
            {
                continue;
            }

            if (a.Has(j, WordFlags.Toll) || (a.Info[j] is { Category: not null, Role: CueRole.Noun } && a.HasArticle(j)))
            {
                return true;
            }
        }

        return false;
    }

    private static int? Year(TextAnalysis a, int k) =>
        a.Span(k).Length == 4 && NumberPhraseValue(a, k) is { } y && y is >= 1950 and <= 2100 ? (int)y : null;

    private static DateOnly? SpanStart(TextAnalysis a, int during, int unit, DateOnly? published)
    {
        if (published is not { } p)
        {
            return null;
        }

        var text = a.Span(unit);
        for (var j = during + 1; j < unit; j++)
        {
            if (a.Tokens[j].Kind == TokenKind.Number && NumberPhraseValue(a, j) is { } hours && text.Contains("ساع", StringComparison.Ordinal))
            {
                return p.AddDays(-(int)Math.Max(1, hours / 24));
            }
        }

        if (text.Contains("ساع", StringComparison.Ordinal))
        {
            return p.AddDays(-1);
        }

        return text is "يومين" ? p.AddDays(-2) : null;
    }

    private static long? NumberPhraseValue(TextAnalysis a, int k) =>
        long.TryParse(a.Span(k), out var v) ? v : null;

    private static DateOnly? WarStart(string? region, DateOnly? published)
    {
        if (published is { } p && p < AnchorEvents.GazaWar)
        {
            return null;
        }

        return region switch
        {
            "gaza" or "israel" or "west_bank" => AnchorEvents.GazaWar,
            "lebanon" when published is null || published < new DateOnly(2025, 1, 1) => AnchorEvents.LebanonFront,
            _ => null,
        };
    }
}
