using CasualtyDashboard.Extraction.Languages.Arabic;
using CasualtyDashboard.Extraction.Tokenization;

namespace CasualtyDashboard.Extraction.Attribution;

/// <summary>
/// The report a sentence belongs to. A report (one issuer's statement, a bulletin, the outlet's account of one event)
/// opens with a sentence and goes on through the sentences and list lines that continue it: كما، وأضاف، وأحصى المرصد
/// كذلك، a bullet under a line ending with a colon. Those inherit what the report set: its issuer, its scope (a running
/// total since the war began, the count of a named day) and its day. A sentence opens a new frame instead when it turns
/// to another side (في المقابل، على الجانب الآخر، أما), to background (وكان ... قد، يذكر أن) or to another time (وفي
/// مارس الماضي، عام 2011).
/// </summary>
internal static class ReportFrame
{
    /// <summary>The first word token of the sentence <c>[start, end]</c>, or -1.</summary>
    public static int FirstWord(TextAnalysis a, int start, int end)
    {
        for (var k = start; k <= end; k++)
        {
            if (a.IsWord(k))
            {
                return k;
            }

            if (a.Tokens[k].Kind == TokenKind.Number)
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// The sentence before the one starting at <paramref name="start"/> (skipping lines without words), as its bounds;
    /// (-1, -1) at the start of the text.
    /// </summary>
    public static (int Start, int End) Previous(TextAnalysis a, int start)
    {
        var k = start - 1;
        while (k >= 0)
        {
            var (s, e) = a.SentenceBounds(k, k);
            if (HasWord(a, s, e))
            {
                return (s, e);
            }

            k = s - 1;
        }

        return (-1, -1);
    }

    /// <summary>
    /// As <see cref="Continues"/>, for the report's scope only: also a sentence whose toll is caused by the definite
    /// strikes the sentence before told of (وأسفرت المجازر عن، وخلفت الغارات after "3 مجازر خلال 24 ساعة") shares its
    /// span or running total. (Not its issuer: such a sentence is as often the outlet's own account.)
    /// </summary>
    public static bool ContinuesScope(TextAnalysis a, int start, int end)
    {
        if (Continues(a, start, end))
        {
            return true;
        }

        var w = start > 0 && !OpensNewFrame(a, start, end) ? FirstWord(a, start, end) : -1;
        return w >= 0 && w <= start + 2 && a.Prefix[w] == 1 && a.Span(w)[0] == 'و' && a.Has(w, WordFlags.Caused) && a.Has(w + 1, WordFlags.Strikes) && a.HasArticle(w + 1);
    }

    /// <summary>
    /// True when the sentence <c>[start, end]</c> goes on with the report of the sentence before it: it opens with a
    /// continuation (كما، وأضاف، وأشار، وفي هذا السياق، a verb of saying with و: وأحصى، ونقلت), or it is
    /// a list line under a line ending with a colon or under another list line. Background, another side and another
    /// time break the frame (<see cref="OpensNewFrame"/>).
    /// </summary>
    public static bool Continues(TextAnalysis a, int start, int end)
    {
        if (start <= 0 || OpensNewFrame(a, start, end))
        {
            return false;
        }

        if (ListLine(a, start))
        {
            return true;
        }

        var w = FirstWord(a, start, end);
        if (w < 0 || w > start + 2)
        {
            return false;
        }

        var span = a.Span(w);
        if (a.IsBare(w, WordRole.Also) && a.Has(w + 1, WordFlags.Attribution) && AnotherIssuer(a, w + 1, start))
        {
            // كما أوردت منظمة الخوذ البيضاء عن مقتل 221: "also" with another issuer's statement is a report of its own.
            return false;
        }

        if (a.Has(w, WordFlags.Continuation) || a.IsBare(w, WordRole.Also))
        {
            return true;
        }

        // وفي هذا السياق / وفي السياق ذاته / وفي سياق متصل (وفي سياق التصعيد turns to another event: OpensNewFrame)
        if (a.Has(w, WordFlags.In) && a.Prefix[w] == 1 && (a.Has(w + 1, WordFlags.Context) || (a.Has(w + 1, WordFlags.This) && a.Has(w + 2, WordFlags.Context))))
        {
            return a.IsWord(w + 2) && !OtherContext(a, w);
        }

        // وأحصى المرصد كذلك، ونقلت الوكالة عن: the conjunction and a verb of saying, by the same issuer (or one not
        // named again); another issuer's statement is a report of its own.
        return a.Prefix[w] == 1 && span[0] == 'و' && a.Has(w, WordFlags.Attribution) && !AnotherIssuer(a, w, start);
    }

    // The issuer named right after the verb (وأعلنت وزارة الصحة) is not one the sentence before named.
    private static bool AnotherIssuer(TextAnalysis a, int verb, int start)
    {
        Phrase? issuer = null;
        for (var k = verb + 1; k < a.Limit && k <= verb + 3 && issuer is null; k++)
        {
            issuer = a.PhraseAt[k] is { Kind: PhraseKind.Authority } p ? p : null;
        }

        if (issuer is null)
        {
            return false;
        }

        var (s, e) = Previous(a, start);
        for (var k = Math.Max(s, 0); k <= e; k++)
        {
            if (a.PhraseAt[k] is { Kind: PhraseKind.Authority } p && p.Code == issuer.Code)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when the sentence <c>[start, end]</c> opens with في المقابل / على الجانب الآخر: the other side's toll.</summary>
    public static bool OtherSide(TextAnalysis a, int start, int end)
    {
        var w = FirstWord(a, start, end);
        return w >= 0 && a.Prefix[w] <= 1 && (a.Has(w, WordFlags.In) || a.Has(w, WordFlags.On)) && a.Has(w + 1, WordFlags.Side);
    }

    /// <summary>True when the sentence <c>[start, end]</c> opens with يذكر أن / يشار إلى / وتجدر الإشارة: the outlet's background.</summary>
    public static bool OutletBackground(TextAnalysis a, int start, int end) => FirstWord(a, start, end) is var w and >= 0 && a.Has(w, WordFlags.Background);

    // في المقابل، في الأثناء، على الجانب، على الصعيد (with و or not) at w.
    private static bool Turns(TextAnalysis a, int w) =>
        (a.Prefix[w] == 0 || a.PrefixOf(w) is "و") && a.IsWord(w + 1) && a.Prefix[w + 1] == 0
        && ((a.Has(w, WordFlags.In) && a.Is(w + 1, WordRole.TurnAfterIn)) || (a.Has(w, WordFlags.On) && a.Is(w + 1, WordRole.TurnAfterOn)));

    /// <summary>True when the sentence <c>[start, end]</c> turns to another side, to background or to another time.</summary>
    public static bool OpensNewFrame(TextAnalysis a, int start, int end)
    {
        var w = FirstWord(a, start, end);
        if (w < 0)
        {
            return false;
        }

        // في المقابل / في الأثناء / على الجانب الآخر / على الصعيد / أما
        if (Turns(a, w) || (a.Function(w) & FunctionWord.Otherwise) != 0)
        {
            return true;
        }

        if (OtherContext(a, w))
        {
            return true;
        }

        // يذكر أن، وكان ... قد: the outlet's background.
        if (a.Has(w, WordFlags.Background))
        {
            return true;
        }

        if (a.Has(w, WordFlags.Was))
        {
            for (var k = w + 1; k <= end && k <= w + 8; k++)
            {
                if (a.Has(k, WordFlags.Already) && a.Prefix[k] == 0)
                {
                    return true;
                }
            }
        }

        return AnotherTime(a, w, end) || WarSinceYear(a, w, end);
    }

    // وفي سياق التصعيد، / وفي سياق آخر: "in the context of" something named, not the same or a related context — the
    // outlet turns to another event.
    private static bool OtherContext(TextAnalysis a, int w) =>
        a.Has(w, WordFlags.In) && a.Prefix[w] == 1 && a.Has(w + 1, WordFlags.Context) && !a.HasArticle(w + 1) && a.IsWord(w + 2)
        && !a.Has(w + 2, WordFlags.Same) && !a.Has(w + 2, WordFlags.Related);

    // وتشهد البلاد حربا منذ عام 2014 أسفرت عن مقتل ...: a war's toll since a year, with no rise reported, is the outlet's
    // background, not the statement before it.
    private static bool WarSinceYear(TextAnalysis a, int w, int end)
    {
        var war = false;
        for (var k = w; k <= end; k++)
        {
            if (a.Has(k, WordFlags.Rise) || a.Has(k, WordFlags.Attribution))
            {
                return false;
            }

            war |= a.Has(k, WordFlags.War);
            if (war && a.Has(k, WordFlags.Since))
            {
                var y = a.Has(k + 1, WordFlags.SpanUnit) ? k + 2 : k + 1;
                if (y < a.Count && a.Tokens[y].Kind == TokenKind.Number && a.Span(y).Length == 4)
                {
                    return true;
                }
            }
        }

        return false;
    }

    // وفي مارس الماضي، / وفي يناير 2020، / وفي عام 2011 / العام الماضي: the sentence opens on another time than the report's.
    private static bool AnotherTime(TextAnalysis a, int w, int end)
    {
        for (var k = w; k <= end && k <= w + 4; k++)
        {
            if (a.Tokens[k].Kind == TokenKind.Comma)
            {
                return false;
            }

            // في مارس الماضي / في يناير 2020 / في أكتوبر من العام نفسه
            if (a.Has(k, WordFlags.Month) && (a.Has(k + 1, WordFlags.Past) || (k + 1 < a.Count && a.Tokens[k + 1].Kind == TokenKind.Number && a.Span(k + 1).Length == 4)
                || (a.IsWord(k + 1) && a.Span(k + 1) is "من" && a.Is(k + 2, WordRole.Year) && a.PrefixOf(k + 2) is "ال")))
            {
                return true;
            }

            // العام الماضي / الشهر الماضي / السنة الماضية
            if (a.Is(k, WordRole.CalendarSpan) && a.PrefixOf(k) is "" or "ال" && a.Has(k + 1, WordFlags.Past))
            {
                return true;
            }

            // عام 2011 / في 2011
            if (a.Tokens[k].Kind == TokenKind.Number && a.Span(k).Length == 4
                && (a.Is(k - 1, WordRole.Year) && a.PrefixOf(k - 1) is "" or "ال" || a.Has(k - 1, WordFlags.In) && a.PrefixOf(k - 1) is "" or "و"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when token k stands in a headline: a line among the first three of the page, without a full stop, of at
    /// most 25 tokens, not ending with a colon, with more text after it (a headline and its copies, a teaser title).
    /// </summary>
    public static bool IsHeadline(TextAnalysis a, int k)
    {
        // (Three lines of at most 25 tokens, with blank lines and a date line between, end well before token 120.)
        if (k > HeadlineReach)
        {
            return false;
        }

        if (k < 0)
        {
            return FindHeadline(a, k);
        }

        // (Asked again and again of the first tokens, by every figure and place: each answer is kept for the article.)
        ref var known = ref a.HeadlineAnswer(k);
        if (known == 0)
        {
            known = FindHeadline(a, k) ? (byte)2 : (byte)1;
        }

        return known == 2;
    }

    /// <summary>The last token <see cref="IsHeadline"/> may answer true for.</summary>
    public const int HeadlineReach = 120;

    /// <summary><see cref="IsHeadline"/> the long way, scanning the lines before token k (kept for tests).</summary>
    internal static bool FindHeadline(TextAnalysis a, int k)
    {
        var lines = 0;
        var lineStart = 0;
        for (var j = 0; j < k; j++)
        {
            if (a.Tokens[j].Kind == TokenKind.ParagraphEnd)
            {
                lines += j > lineStart ? 1 : 0;
                lineStart = j + 1;
                if (lines >= 3)
                {
                    return false;
                }
            }
        }

        var end = lineStart;
        while (end < a.Limit && a.Tokens[end].Kind != TokenKind.ParagraphEnd)
        {
            if (end - lineStart > 25)
            {
                // (Too long for a headline already: the rest of the line, however long, is not read.)
                return false;
            }

            if (a.Tokens[end].Kind == TokenKind.SentenceEnd && end + 1 < a.Limit && a.Tokens[end + 1].Kind != TokenKind.ParagraphEnd)
            {
                return false;
            }

            end++;
        }

        // (A line ending with a colon opens a list or a quotation: a lead's statement, not a headline.)
        return end - lineStart <= 25 && end < a.Limit - 1 && !(end > lineStart && a.Tokens[end - 1] is { Kind: TokenKind.Comma, Char: ':' });
    }

    /// <summary>
    /// True when token k stands in a title: a headline line (<see cref="IsHeadline"/>) not ending with a full stop, as a
    /// lead sentence of the same length does.
    /// </summary>
    public static bool IsTitle(TextAnalysis a, int k)
    {
        if (!IsHeadline(a, k))
        {
            return false;
        }

        var end = k;
        while (end + 1 < a.Limit && a.Tokens[end + 1].Kind != TokenKind.ParagraphEnd)
        {
            end++;
        }

        return a.Tokens[end].Kind != TokenKind.SentenceEnd;
    }

    /// <summary>
    /// True when the sentence starting at <paramref name="start"/> is a list line (– جنوب لبنان: 11 شهيدا، • قضاء صور:
    /// ...): it opens with a dash or bullet, under a line ending with a colon or under another such line.
    /// </summary>
    public static bool IsListLine(TextAnalysis a, int start) => ListLine(a, start);

    private static bool ListLine(TextAnalysis a, int start)
    {
        // (Only a sentence that starts a line can be one: most start after a full stop, and are passed at once.)
        var bullet = Bullet(a, start);
        if (!bullet && (start == 0 || a.Tokens[start - 1].Kind != TokenKind.ParagraphEnd))
        {
            return false;
        }

        var (s, e) = Previous(a, start);
        if (s < 0)
        {
            return false;
        }

        var last = e;
        while (last > s && a.Tokens[last].IsBreak)
        {
            last--;
        }

        if (!bullet)
        {
            // محافظ الإقليم: ⏎ ارتفاع عدد القتلى ...: the statement under a speaker's label line.
            return last - s <= 6 && a.Tokens[last] is { Kind: TokenKind.Comma, Char: ':' } && a.Tokens[start].Kind is TokenKind.Word or TokenKind.Number
                && start > 0 && a.Tokens[start - 1].Kind == TokenKind.ParagraphEnd;
        }

        // (A line after a colon is joined to it: the previous sentence's last line is what to look at.)
        var line = s;
        for (var k = last; k > s; k--)
        {
            if (a.Tokens[k - 1].Kind == TokenKind.ParagraphEnd)
            {
                line = k;
                break;
            }
        }

        return Bullet(a, line) || a.Tokens[last] is { Kind: TokenKind.Comma, Char: ':' };
    }

    private static bool Bullet(TextAnalysis a, int start)
    {
        var k = start;
        while (k < a.Count && a.Tokens[k].Kind == TokenKind.ParagraphEnd)
        {
            k++;
        }

        return k < a.Count && k > 0 && a.Tokens[k - 1].Kind == TokenKind.ParagraphEnd && a.Tokens[k] is { Kind: TokenKind.Comma or TokenKind.Mark } t
            && t.Char is '-' or '–' or '—' or '•' or '*' or '·' or '●' or '▪';
    }

    /// <summary>True when token k is a verb that records a count (سجلت، أحصى، رصدت، استقبلت), with or without و.</summary>
    public static bool RecordsCount(TextAnalysis a, int k) =>
        a.Is(k, WordRole.Records) && (a.Prefix[k] == 0 || a.PrefixOf(k) is "و");

    private static bool HasWord(TextAnalysis a, int start, int end)
    {
        for (var k = start; k <= end; k++)
        {
            if (a.Tokens[k].Kind is TokenKind.Word or TokenKind.Number)
            {
                return true;
            }
        }

        return false;
    }
}
