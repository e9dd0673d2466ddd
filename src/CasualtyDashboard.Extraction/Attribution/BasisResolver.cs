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

        (FigureBasis Basis, DateOnly? Since, int Distance)? period = null, cumulative = null, outside = null, named = null, later = null, several = null;
        for (var k = start; k <= end; k++)
        {
            if (k >= first && k <= last && a.Tokens[k].Kind == TokenKind.Number)
            {
                continue;
            }

            var inClause = k >= clauseStart && k <= clauseEnd;
            if (k < first && named is not null && (a.Function(k) & FunctionWord.Contrast) != 0)
            {
                // حصيلة يوم أمس بلغت 52 شهيدا، فيما ارتفعت الحصيلة الإجمالية إلى 34844: the named day stays in its clause.
                named = null;
            }

            if (!inClause && k > last && k > clauseEnd + 30)
            {
                break;
            }

            if (!inClause && k > last)
            {
                // 3 شهداء، أحدهم جرى انتشاله، و14 جريحا، وصلوا إلى المستشفيات خلال الـ48 ساعة الماضية: a span that ends the
                // sentence covers the list before it (not one after فيما / بينما، a relative or وهذه: another clause).
                if (later is null && (a.Function(k) & FunctionWord.Contrast) == 0 && SpanAt(a, k, published, out var spanStart))
                {
                    later = (FigureBasis.Period, spanStart, k - last + 2);
                }

                // وبمقتل 1692 مدنيا، نصفهم في اعتداءات ...، بين الأول من يناير و30 يونيو: a range of days after the list.
                if (later is null && a.Has(k, WordFlags.Between) && a.Prefix[k] == 0 && DateRangeFrom(a, k, published) is { } rangeStart)
                {
                    later = (FigureBasis.Period, rangeStart, k - last + 2);
                }

                // 19 مدنيا، استشهدوا في غارات على مدينة إدلب ومعرة مصرين وبنش: the strikes after the list, a sum of incidents.
                if (later is null && (CountedStrikes(a, k) || StrikesOnPlaces(a, k) || PlacesSpread(a, k)))
                {
                    later = (FigureBasis.Period, null, k - last + 2);
                }

                if ((a.Function(k) & FunctionWord.Contrast) != 0 || ClauseOpener(a, k))
                {
                    if (later is null && PreviousTollAfter(a, k))
                    {
                        // 26 قتيلا هي الحصيلة الأولية، فيما كانت الحصيلة السابقة 19: a revised toll runs on.
                        later = (FigureBasis.Cumulative, null, k - last + 2);
                    }

                    break;
                }

                continue;
            }

            // (A token that is no marker is none for every figure of the article: Marker reads the region only for a
            // marker it has found.)
            if (a.IsNoMarker(k))
            {
                continue;
            }

            if (!MayMark(a, k) || Marker(a, k, published, region, out var markerSince) is not { } found)
            {
                a.SetNoMarker(k);
                continue;
            }

            var distance = k < first ? first - k : k > last ? k - last + 2 : 0;
            if (found == Several)
            {
                // غارات يوم أمس / اعتداءات العدو يوم الاثنين: the strikes of a named day.
                // (Past a place only in the figure's own clause: a later clause's running total keeps its parts.)
                if (DayAfter(a, k, end, published, inClause, out var day))
                {
                    named ??= (FigureBasis.Period, day, distance);
                }
                else if (SumOfIncidents(a, k, first, inClause) && (inClause || !EventOfItsOwn(a, clauseStart, clauseEnd)))
                {
                    // القصف المتواصل على مناطق متفرقة / أول هجومين: strikes over a stretch or several places, a sum of incidents.
                    several ??= (FigureBasis.Period, null, distance);
                }

                continue;
            }

            if (found == NamedDay)
            {
                named ??= (FigureBasis.Period, markerSince, distance);
                continue;
            }

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

        // A named day, a stated span, a running total; then what an earlier clause says, then (unless the sentence tells
        // of an event of its own) the report it goes on with; else one incident.
        if (period is not null && cumulative is not null && EventToll(a, clauseStart, clauseEnd))
        {
            // ارتفاع حصيلة ضحايا تفجير أجهزة الاتصال خلال اليومين الماضيين إلى 37: the span is the event's own; its toll
            // that rose is the running total of that event (SCHEMA "a toll that reached / rose to").
            period = null;
        }

        var chosen = named ?? period ?? cumulative ?? several ?? outside ?? later;
        if (chosen is null && EarlierToll(a, start, end, out var previous) && (previous || PreviousRunningTotal(a, start, published, region, out _)))
        {
            chosen = (FigureBasis.Cumulative, null, 0);
        }

        if (chosen is null && Frame(a, start, end, published, region) is { } frame && !NewEvent(a, start, end))
        {
            chosen = (frame.Basis, frame.Since, 0);
        }

        var basis = chosen?.Basis ?? FigureBasis.Incident;
        var since = chosen?.Since;
        if (basis == FigureBasis.Cumulative && since is null)
        {
            since = WarStart(region, published) ?? EventDay(a, start, end, published);
        }

        return (basis, since);
    }

    // ارتفعت حصيلة ضحايا الزلزال الذي ضرب محافظة كرمان فجر الأحد إلى 26: a running total of one event starts on the day
    // the sentence says it happened (a day word within a few words after وقع / ضرب / هز, SCHEMA "an event's running toll").
    private static DateOnly? EventDay(TextAnalysis a, int start, int end, DateOnly? published)
    {
        for (var k = start; k <= end; k++)
        {
            if (!a.IsBare(k, WordRole.Happened))
            {
                continue;
            }

            for (var j = k + 1; j <= end && j <= k + 8 && a.Tokens[j].Kind is not (TokenKind.Comma or TokenKind.Number); j++)
            {
                if (a.IsWord(j) && DateResolver.DayWord(a, j, published) is { } day)
                {
                    return day;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// True when the sentence <c>[start, end]</c> is background that gives an earlier count of a toll (وكانت حصيلة سابقة
    /// أشارت إلى مقتل 37؛ وكان المركز أكد سقوط 27 قتيلا، في حصيلة مبدئية): the value a running total had before, itself
    /// a running total (SCHEMA "a toll that reached / rose to") when it says so (سابقة) or follows the running total it
    /// preceded (ارتفاع حصيلة الاشتباكات إلى 55. وكان المركز أكد سقوط 27 في حصيلة مبدئية). An earlier count of one strike
    /// (وكانت القناة قد بثت حصيلة أولية أشارت إلى مقتل ثلاثة, after the strike's 12) stays an incident.
    /// </summary>
    private static bool EarlierToll(TextAnalysis a, int start, int end, out bool previous)
    {
        previous = false;
        var w = ReportFrame.FirstWord(a, start, end);
        if (w < 0 || !a.Has(w, WordFlags.Was))
        {
            return false;
        }

        for (var k = w + 1; k <= end; k++)
        {
            if (a.Has(k, WordFlags.Toll) && a.Span(k).EndsWith("حصيله", StringComparison.Ordinal))
            {
                previous = a.Has(k + 1, WordFlags.Past);
                return true;
            }
        }

        return false;
    }

    /// <summary>Marker kind (beside the bases): a count for a named day (عدد الشهداء أمس، الحصيلة المسجلة الاثنين).</summary>
    private const FigureBasis NamedDay = (FigureBasis)100;

    /// <summary>Marker kind: several strikes or clashes (غارات، هجمات، اشتباكات، القصف المتواصل).</summary>
    private const FigureBasis Several = (FigureBasis)101;

    /// <summary>
    /// The scope of the report that the sentence <c>[start, end]</c> continues (<see cref="ReportFrame.Continues"/>):
    /// the running total, named day or span a sentence of it states, looked for back through up to three continuing
    /// sentences (list lines under one header not counted); null when the sentence opens a frame of its own or the report states none.
    /// </summary>
    private static (FigureBasis Basis, DateOnly? Since)? Frame(TextAnalysis a, int start, int end, DateOnly? published, string? region)
    {
        // (A list line goes back over its sibling lines to the header above them without using up the three steps: a
        // bulletin's fifth line is as much under its header as its first. At most 40 lines are passed.)
        for (int depth = 0, lines = 0; depth < 3 && lines < 40 && ReportFrame.ContinuesScope(a, start, end);)
        {
            if (ReportFrame.IsListLine(a, start))
            {
                lines++;
            }
            else
            {
                depth++;
            }

            (start, end) = ReportFrame.Previous(a, start);
            if (start < 0 || ReportFrame.OpensNewFrame(a, start, end))
            {
                return null;
            }

            (FigureBasis, DateOnly?)? period = null;
            for (var k = start; k <= end; k++)
            {
                if (a.IsNoMarker(k))
                {
                    continue;
                }

                if (!MayMark(a, k) || Marker(a, k, published, region, out var since) is not { } found)
                {
                    a.SetNoMarker(k);
                    continue;
                }

                if (found == FigureBasis.Cumulative)
                {
                    return (found, since);
                }

                if (found is FigureBasis.Period or NamedDay)
                {
                    period ??= (FigureBasis.Period, since);
                }
                else if (found == Several && DayAfter(a, k, end, published, false, out var day))
                {
                    period ??= (FigureBasis.Period, day);
                }
            }

            if (period is not null)
            {
                return period;
            }
        }

        return null;
    }

    // يوم أمس / أمس / يوم الاثنين within a few words after token k (غارات الاحتلال يوم أمس), not a span's start (منذ).
    private static bool DayAfter(TextAnalysis a, int k, int end, DateOnly? published, bool pastPlace, out DateOnly? day)
    {
        day = null;
        var reach = k + 4;
        var afterPlace = false;
        for (var j = k + 1; j <= end && j <= reach; j++)
        {
            if (pastPlace && a.PhraseAt[j] is { Kind: PhraseKind.Place })
            {
                // غارات استهدفت أنحاء متفرقة في قطاع غزة الجمعة: a place between the strikes and their day is passed over.
                reach += a.PhraseEnd[j] - j + 1;
                j = a.PhraseEnd[j];
                afterPlace = true;
                continue;
            }

            if (!a.IsWord(j) || a.Has(j, WordFlags.Since))
            {
                return false;
            }

            if (a.Has(j, WordFlags.On) && a.Prefix[j] == 0 && j <= k + 2)
            {
                // الغارات الإسرائيلية على الجنوب والبقاع يوم أمس: the strikes' target is passed over.
                reach += 3;
                continue;
            }

            if ((j == k + 1 || (j == k + 2 && a.IsWord(k + 1) && (a.HasArticle(k + 1) || a.Span(k + 1).StartsWith("ال", StringComparison.Ordinal)))) && a.Has(j, WordFlags.Relative))
            {
                // الغارات التي شنها الطيران الحربي يوم أمس / حوادث السير التي وقعت خلال يوم أمس: the strikes' relative
                // clause (its verb and subject; after the noun's genitive too) comes first.
                reach += 4;
                continue;
            }

            if (a.Has(j, WordFlags.Yesterday) || (a.Has(j, WordFlags.Weekday) && (IsDay(a, j - 1) || afterPlace)))
            {
                day = DateResolver.DayWord(a, j, published);
                return true;
            }
        }

        return false;
    }

    // في قصف إسرائيلي / غارة على / حادث سير / قصفا استهدف: an indefinite strike or accident, an event of the sentence's
    // own (a definite one, الهجوم، العدوان، is the report's).
    private static bool NewEvent(TextAnalysis a, int start, int end)
    {
        for (var k = start; k <= end; k++)
        {

            // (انفجار بيروت, made definite by the place it names, is the report's event.)
            if (a.Has(k, WordFlags.Event) && !a.HasArticle(k) && a.PhraseAt[k + 1 < a.Count ? k + 1 : k] is not { Kind: PhraseKind.Place })
            {
                return true;
            }
        }

        return false;
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

            if (a.Has(next, WordFlags.Relative))
            {
                break;
            }

            clauseEnd = next;
        }

        return (clauseStart, clauseEnd);
    }

    // قتل 24 شخصا، وفق حصيلة جديدة أعلنها ...: the source that follows qualifies the count.
    private static bool SourceFollows(TextAnalysis a, int k) => a.Is(k, WordRole.AccordingTo);

    // 60 شهيدا، و343 مصابا خلال الساعات الـ24 الماضية: the list goes on after the comma.
    private static bool ListGoesOn(TextAnalysis a, int k) =>
        k < a.Count && ((a.Tokens[k].Kind == TokenKind.Word && a.Span(k) is "و" && k + 1 < a.Count && a.Tokens[k + 1].Kind == TokenKind.Number)
            || (a.IsWord(k) && a.Span(k).Length > 1 && a.Span(k)[0] == 'و' && a.Info[k] is { NumberKind: not NumberWordKind.None }));

    /// <summary>
    /// The flags of token k that <see cref="Marker"/> reads at the word itself (UpToNow, SeveralStrikes, Ongoing, Spread,
    /// NamedDayOfCount, WarAsEvent and the entry's own tests). A new marker read from a flag of the word adds it here.
    /// </summary>
    internal const WordFlags MarkerFlags = WordFlags.Until | WordFlags.Strikes | WordFlags.Event | WordFlags.Spread | WordFlags.Scattered
        | WordFlags.Yesterday | WordFlags.Weekday | WordFlags.Today | WordFlags.War | WordFlags.Since | WordFlags.Cumulative | WordFlags.Rise
        | WordFlags.Toll | WordFlags.During | WordFlags.SpanUnit;

    /// <summary>The roles of token k that <see cref="Marker"/> reads (SeveralStrikes and CountedStrikes, TheStretch, DuringIt).</summary>
    internal const WordRole MarkerRoles = WordRole.TwoEvents | WordRole.Stretch | WordRole.DuringIt | WordRole.StrikeNoun;

    /// <summary>
    /// False when token k is surely no basis marker: a word whose entry has none of <see cref="MarkerFlags"/> and
    /// <see cref="MarkerRoles"/> (<see cref="WordTraits.MayMarkBasis"/>), no phrase, no لل / ولل, and is not من، بين or
    /// a form of إحصائية; or a token that is neither word nor number. Read from arrays beside the tokens, it spares the
    /// first look at most words the dozen reads of <see cref="Marker"/>'s tests (decision 066); a test checks it against
    /// <see cref="Marker"/> on every token of the corpus.
    /// </summary>
    internal static bool MayMark(TextAnalysis a, int k)
    {
        if (a.PhraseAt[k] is not null)
        {
            return true;
        }

        var kind = a.Tokens[k].Kind;
        if (kind != TokenKind.Word)
        {
            return kind == TokenKind.Number;
        }

        if ((a.Traits[k] & WordTraits.MayMarkBasis) != 0 || a.Prefix[k] is 2 or 3)
        {
            return true;
        }

        var span = a.Span(k);
        return span is "من" or "بين" || span.EndsWith("احصاييه");
    }

    internal static FigureBasis? Marker(TextAnalysis a, int k, DateOnly? published, string? region, out DateOnly? since)
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
        // من 18 مارس 2025 حتى اليوم: a running total since that day.
        if (span is "من" && DateResolver.DateAt(a, k + 1, published, out var rangeEnd) is { } from && UpToNow(a, rangeEnd + 1))
        {
            since = from;
            return FigureBasis.Cumulative;
        }

        // بين 16 أيلول و27 منه / في الفترة بين ... / من 1 يناير إلى 31 ديسمبر / من يوم 28 أيلول
        if (span is "بين" or "من" && DateRangeFrom(a, k, published) is { } range)
        {
            since = range;
            return FigureBasis.Period;
        }

        // عدد القتلى حتى اليوم، ارتفع حتى اللحظة إلى: a running total up to now.
        if (UpToNow(a, k))
        {
            return FigureBasis.Cumulative;
        }

        if (SeveralStrikes(a, k))
        {
            return Several;
        }

        if (NamedDayOfCount(a, k))
        {
            since = DateResolver.DayWord(a, k, published);
            return NamedDay;
        }

        if (WarAsEvent(a, k))
        {
            since = WarStart(region, published);
            return FigureBasis.Cumulative;
        }

        // لليوم الـ27 على التوالي: a count over that many days.
        if (a.PrefixOf(k) is "لل" or "ولل" && (span.EndsWith("يوم") || span.EndsWith("اسبوع") || span.EndsWith("شهر")) && Within(a, k, 4, "التوالي"))
        {
            return FigureBasis.Period;
        }

        if (TheStretch(a, k) && a.Is(k + 1, WordRole.StretchBound) && a.Prefix[k + 1] == 0)
        {
            // في الفترة ذاتها after a running total (ارتفع عدد الشهداء منذ 7 أكتوبر إلى 493. كما أصيب 4900 في الفترة ذاتها):
            // the same span as that total's.
            return a.Has(k + 1, WordFlags.Same) && PreviousRunningTotal(a, k, published, region, out since) ? FigureBasis.Cumulative : FigureBasis.Period;
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

        if (info.Has(WordFlags.Since) && TimeOfDay(a, k + 1) && !a.Has(k + 2, WordFlags.Month))
        {
            // منذ فجر اليوم / منذ ساعات الصباح / منذ منتصف الليل: a count for the reporting day. (منذ فجر الاثنين, days before
            // the report, is the start of the event: a running total since then.)
            for (var j = k + 2; j < a.Limit && j <= k + 4; j++)
            {
                if (DateResolver.DayWord(a, j, published) is { } day)
                {
                    since = day;
                    return a.Has(j, WordFlags.Weekday) && published is { } p && day < p.AddDays(-1) ? FigureBasis.Cumulative : FigureBasis.Period;
                }
            }

            since = published;
            return FigureBasis.Period;
        }

        if (info.Has(WordFlags.Since) && !(a.IsWord(k + 1) && a.Span(k + 1) is "ان"))
        {
            since = DateResolver.SinceAt(a, k + 1, published, region);
            return FigureBasis.Cumulative;
        }

        // (ارتفع إلى 51 بينهم ... عدد الشهداء: a rise straight to a count is a running total, its toll named after the breakdown.)
        if (info.Has(WordFlags.Cumulative) || (info.Has(WordFlags.Rise) && a.PrefixOf(k) is not ("لل" or "ل") && (TollNear(a, k) || RiseToCount(a, k) || RaisedTollTo(a, k))))
        {
            return FigureBasis.Cumulative;
        }

        // آخر حصيلة / حصيلة جديدة / آخر إحصائية: a revised running total.
        if (info.Has(WordFlags.Toll) && span.EndsWith("حصيله") && (a.IsWord(k - 1) && a.Span(k - 1) is "اخر" or "احدث" || a.IsWord(k + 1) && a.Span(k + 1) is "جديده" or "الجديده" or "محدثه"))
        {
            return FigureBasis.Cumulative;
        }

        // أسبوع من القصف، قتل خلاله 500: during the span named before.
        if (a.Is(k, WordRole.DuringIt) && a.Prefix[k] == 0)
        {
            return FigureBasis.Period;
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
                    since = SpanStart(a, k - 1, k, published);
                    return FigureBasis.Period;
                }
            }
        }

        return null;
    }

    // خلال الـ48 ساعة الماضية at token k: true, with the span's first day when known.
    private static bool SpanAt(TextAnalysis a, int k, DateOnly? published, out DateOnly? start)
    {
        start = null;
        if (!a.Has(k, WordFlags.During))
        {
            return false;
        }

        for (var j = k + 1; j < a.Limit && j <= k + 4; j++)
        {
            if (a.Has(j, WordFlags.SpanUnit))
            {
                start = SpanStart(a, k, j, published);
                return true;
            }
        }

        return false;
    }

    // A running total stated in the sentence before token k's (not through another "same period", which is not read).
    // الفترة، والفترة، بالفترة: the stretch with the article.
    private static bool TheStretch(TextAnalysis a, int k) => a.Is(k, WordRole.Stretch) && a.PrefixOf(k).EndsWith("ال", StringComparison.Ordinal);

    private static bool PreviousRunningTotal(TextAnalysis a, int k, DateOnly? published, string? region, out DateOnly? since)
    {
        since = null;
        var (start, end) = ReportFrame.Previous(a, a.SentenceBounds(k, k).Start);
        for (var j = Math.Max(start, 0); start >= 0 && j <= end; j++)
        {
            if (a.IsWord(j) && !TheStretch(a, j) && Marker(a, j, published, region, out var found) == FigureBasis.Cumulative)
            {
                since = found ?? WarStart(region, published);
                return true;
            }
        }

        return false;
    }

    private static bool TimeOfDay(TextAnalysis a, int k) => a.Has(k, WordFlags.TimeOfDay);

    // (فيما) كانت الحصيلة السابقة / الحصيلة الأخيرة: the toll before this one, within a few words after token k.
    private static bool PreviousTollAfter(TextAnalysis a, int k)
    {
        for (var j = k + 1; j <= k + 3 && a.IsWord(j); j++)
        {
            if (a.Has(j, WordFlags.Toll) && !a.Has(j, WordFlags.Cumulative) && a.Has(j + 1, WordFlags.Past))
            {
                return true;
            }
        }

        return false;
    }

    // الذي / التي / وهذه / وهذا / وهي: a relative or a comment on what was said opens another clause.
    private static bool ClauseOpener(TextAnalysis a, int k) =>
        a.Has(k, WordFlags.Relative) || a.Has(k, WordFlags.This) || (a.Has(k, WordFlags.Pronoun) && a.Prefix[k] == 1);

    // يوم (bare): يوم أمس، يوم الاثنين.
    private static bool IsDay(TextAnalysis a, int k) => a.Has(k, WordFlags.DayWord) && a.Prefix[k] == 0;

    // حتى اليوم / حتى الآن / حتى اللحظة / حتى الساعة (not حتى الساعة 7): up to now.
    private static bool UpToNow(TextAnalysis a, int k)
    {
        if (!a.Has(k, WordFlags.Until) || !a.Has(k + 1, WordFlags.Now))
        {
            return false;
        }

        // (ساعة is "now" only as الساعة.)
        return (!a.Has(k + 1, WordFlags.SpanUnit) || a.HasArticle(k + 1)) && !(k + 2 < a.Count && a.Tokens[k + 2].Kind == TokenKind.Number);
    }

    // غارات، هجمات، اعتداءات، اشتباكات، مواجهات، معارك، القصف المتواصل، مناطق متفرقة: several strikes or clashes.
    private static bool SeveralStrikes(TextAnalysis a, int k) =>
        (a.Flags[k] & WordFlags.Strikes) != 0 || a.Is(k, WordRole.TwoEvents) || Ongoing(a, k) || Spread(a, k) || CountedStrikes(a, k);

    /// <summary>
    /// أكثر من 22 غارة / 300 غارة / بعشرات القذائف / عدة غارات: strikes counted by a number of two or more or a vague
    /// quantity — a sum of incidents (SCHEMA "a sum over several incidents"), however the toll after them is told.
    /// </summary>
    private static bool CountedStrikes(TextAnalysis a, int k)
    {
        if (k < 1 || !(a.Is(k, WordRole.StrikeNoun) || a.Has(k, WordFlags.Strikes)) || a.Is(k, WordRole.TwoEvents))
        {
            return false;
        }

        var j = k - 1;
        if (a.Tokens[j].Kind == TokenKind.Number)
        {
            return NumberPhraseValue(a, j) is >= 2 and < 1000;
        }

        return a.PhraseAt[j] is { Kind: PhraseKind.Vague } || VagueWord(a, j) || (a.IsWord(j) && a.Has(j, WordFlags.Scattered) && !a.Has(j, WordFlags.Spread));
    }

    // عشرات / بعشرات / مئات: a vague quantity word (with its clitics).
    private static bool VagueWord(TextAnalysis a, int j) => a.IsWord(j) && a.Info[j] is { NumberKind: NumberWordKind.Vague };

    /// <summary>
    /// غارات على مدينة إدلب ومعرة مصرين وبنش: strikes on two or more places joined by و (within a dozen words, before a
    /// comma), a sum of incidents over those places.
    /// </summary>
    private static bool StrikesOnPlaces(TextAnalysis a, int k)
    {
        if (!(a.Is(k, WordRole.StrikeNoun) || a.Has(k, WordFlags.Strikes)))
        {
            return false;
        }

        var places = 0;
        for (var j = k + 1; j < a.Limit && j <= k + 12 && a.Sentence[j] == a.Sentence[k]; j++)
        {
            if (a.Tokens[j].Kind == TokenKind.Comma)
            {
                return false;
            }

            if (a.PhraseAt[j] is { Kind: PhraseKind.Place })
            {
                if (places > 0 && (a.PrefixOf(j) is "و" || (a.IsWord(j - 1) && a.Span(j - 1) is "و")))
                {
                    return true;
                }

                places++;
                j = Math.Max(j, a.PhraseEnd[j]);
            }
        }

        return false;
    }

    // ضمن مناطق متفرقة / على عدة محاور after the toll: victims over several places, a sum of incidents (not مختلف أنحاء
    // الجسم: two words of spread, the body's).
    private static bool PlacesSpread(TextAnalysis a, int k) => Spread(a, k) && !(a.Has(k, WordFlags.Spread) && a.Has(k + 1, WordFlags.Spread));

    // القصف المتواصل / قصف مستمر
    private static bool Ongoing(TextAnalysis a, int k) =>
        a.Has(k, WordFlags.Event) && (a.Has(k + 1, WordFlags.Ongoing) || (a.IsWord(k + 1) && a.Has(k + 2, WordFlags.Ongoing)));

    // مناطق متفرقة / أنحاء متفرقة / عدة مناطق
    private static bool Spread(TextAnalysis a, int k) =>
        (a.Has(k, WordFlags.Spread) && a.Has(k + 1, WordFlags.Scattered)) || (a.Has(k, WordFlags.Scattered) && a.Has(k + 1, WordFlags.Spread));

    /// <summary>
    /// True when the several strikes at <paramref name="k"/> make the figure at <paramref name="first"/> a sum of incidents
    /// (SCHEMA: period) even with no day named: two of them in the figure's clause (أول هجومين تسببا بـ 90 حالة), or a
    /// bombardment over a stretch or over several places (القصف المتواصل، قصف على مناطق متفرقة) in its clause or before it
    /// in its sentence, not across في حين / فيما. A plain plural (غارات) is told as one attack as often as a sum, and the
    /// body's "مختلف أنحاء الجسم" is no strikes: a spread counts only right after a strike word.
    /// </summary>
    private static bool SumOfIncidents(TextAnalysis a, int k, int first, bool inClause)
    {
        if (a.Is(k, WordRole.TwoEvents))
        {
            return inClause;
        }

        if (!inClause && !(k < first && !AuthorityResolver.ContrastBetween(a, k, first)))
        {
            return false;
        }

        return Ongoing(a, k) || (Spread(a, k) && StrikeBefore(a, k)) || CountedStrikes(a, k) || StrikesOnPlaces(a, k);
    }

    // حصيلة ضحايا تفجير / عدد قتلى انفجار: one event (an explosion, fire, collapse, accident — not strikes, which recur:
    // عدد ضحايا استهداف منتظري المساعدات خلال يوم واحد is that day's count) named in construct after the toll's noun.
    private static bool EventToll(TextAnalysis a, int clauseStart, int clauseEnd)
    {
        for (var k = Math.Max(clauseStart, 1); k <= clauseEnd; k++)
        {
            if (a.Has(k, WordFlags.Event) && a.Prefix[k] == 0 && !a.Is(k, WordRole.StrikeNoun) && (a.Has(k - 1, WordFlags.Toll) || a.Info[k - 1] is { Category: not null, Role: CueRole.Noun }))
            {
                return true;
            }
        }

        return false;
    }

    // ...، وقتل 16 جنديا في كمين: the figure's clause names one event of its own (indefinite: في كمين، في هجوم), not the
    // strikes counted before it in the sentence.
    private static bool EventOfItsOwn(TextAnalysis a, int clauseStart, int clauseEnd)
    {
        for (var k = clauseStart; k <= clauseEnd; k++)
        {
            if (a.Has(k, WordFlags.Event) && !a.HasArticle(k) && !a.Has(k, WordFlags.Strikes) && !CountedStrikes(a, k))
            {
                return true;
            }
        }

        return false;
    }

    // A strike word (قصف، غارات) within three words before token k (القصف المتواصل على مناطق متفرقة، غارات على عدة مناطق).
    private static bool StrikeBefore(TextAnalysis a, int k)
    {
        for (var j = k - 1; j >= 0 && j >= k - 4 && a.IsWord(j); j--)
        {
            if (a.Has(j, WordFlags.Event) || a.Has(j, WordFlags.Strikes))
            {
                return true;
            }
        }

        return false;
    }

    // عدد الشهداء أمس / الحصيلة المسجلة الاثنين / ضحايا يوم أمس / سجلت ... يوم الجمعة / تم يوم الجمعة تسجيل: the count
    // of a named day (not حتى مساء السبت: a running total up to then).
    private static bool NamedDayOfCount(TextAnalysis a, int k)
    {
        if (!(a.Has(k, WordFlags.Yesterday) || a.Has(k, WordFlags.Weekday) || (a.Has(k, WordFlags.Today) && a.Span(k) is "اليوم")))
        {
            return false;
        }

        if (a.Has(k - 1, WordFlags.Since) || (a.IsWord(k + 1) && Languages.Arabic.Calendar.OrdinalDay(a.Span(k + 1)) is not null))
        {
            return false;
        }

        if ((a.Is(k + 1, WordRole.Recording) && a.Prefix[k + 1] == 0) || ReportFrame.RecordsCount(a, k + 1))
        {
            return true;
        }

        // Back over يوم / مساء / صباح / ليل / أمس to the word the day qualifies.
        var j = k - 1;
        while (j >= 0 && a.IsWord(j) && (IsDay(a, j) || a.Has(j, WordFlags.TimeOfDay) || a.Has(j, WordFlags.Yesterday)))
        {
            j--;
        }

        if (!a.IsWord(j) || a.Has(j, WordFlags.Until))
        {
            return false;
        }

        if (a.Has(j, WordFlags.Caused))
        {
            // الغارات على الجنوب والبقاع أدت أمس السبت إلى: the day on the verb whose subject is several strikes (a
            // few words back in its clause) dates their sum, a count for that day.
            for (var r = j - 1; r >= 0 && r >= j - 8 && a.IsWord(r); r--)
            {
                if (SeveralStrikes(a, r))
                {
                    return true;
                }
            }

            return false;
        }

        if (a.Is(j, WordRole.OwnToll) || (a.Has(j, WordFlags.Toll) && RevisedToll(a, j)))
        {
            // وعدلت الوزارة حصيلتها مساء اليوم إلى 17: a toll with a pronoun takes no day in construct; the day dates the verb.
            return false;
        }

        if (a.Has(j, WordFlags.Toll) || a.Has(j, WordFlags.Cumulative) || (a.Info[j] is { Category: not null, Role: CueRole.Noun } && !a.Has(j, WordFlags.Body))
            || a.Span(j) is "المسجله")
        {
            return true;
        }

        if (ArrivedAtHospitals(a, j))
        {
            return true;
        }

        // وسجلت مستشفيات القطاع يوم الجمعة 47 شهيدا: a verb that records a count, a few words before.
        for (var r = j; r >= 0 && r >= k - 5; r--)
        {
            if (!a.IsWord(r))
            {
                return false;
            }

            if (ReportFrame.RecordsCount(a, r))
            {
                return true;
            }
        }

        return false;
    }

    // وصلوا إلى مستشفيات القطاع يوم الخميس / وصول 25 شهيدا إلى المستشفيات أمس: the arrivals at hospitals on a named day
    // are the count for that day (SCHEMA "counts for a named day"), the day qualifying the hospitals (j) or the word after them.
    private static bool ArrivedAtHospitals(TextAnalysis a, int j)
    {
        for (var h = j; h >= 0 && h >= j - 1 && a.IsWord(h); h--)
        {
            if (a.Has(h, WordFlags.Hospital) && h >= 2 && a.Has(h - 1, WordFlags.To) && a.Prefix[h - 1] == 0 && a.Has(h - 2, WordFlags.Rise))
            {
                return true;
            }
        }

        return false;
    }

    // في الحرب على القطاع / خلال الصراع / الحرب الدائرة ... أسفرت عن: a war's toll to date.
    private static bool WarAsEvent(TextAnalysis a, int k)
    {
        // (حرب غزة: made definite by the place it is in construct with.)
        if (!a.Has(k, WordFlags.War) || (a.Prefix[k] == 0 && !(k + 1 < a.Count && a.PhraseAt[k + 1] is { Kind: PhraseKind.Place })))
        {
            return false;
        }

        if ((a.Has(k - 1, WordFlags.In) || a.Has(k - 1, WordFlags.During) || a.Has(k - 1, WordFlags.Caused)) && !a.Has(k + 1, WordFlags.Past))
        {
            return true;
        }

        for (var j = k + 1; j < a.Limit && j <= k + 5; j++)
        {
            if (!a.IsWord(j))
            {
                return false;
            }

            if (a.Has(j, WordFlags.Caused))
            {
                return true;
            }
        }

        // الحرب التي اندلعت في السودان منتصف أبريل 2023، أسفرت عن: past the war's relative clause to the verb after its comma.
        if (a.Has(k + 1, WordFlags.Relative))
        {
            for (var j = k + 2; j < a.Limit && j <= k + 14 && a.Sentence[j] == a.Sentence[k]; j++)
            {
                if (a.Tokens[j].Kind == TokenKind.Comma)
                {
                    return a.Has(j + 1, WordFlags.Caused);
                }
            }
        }

        return false;
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
    private static bool RiseToCount(TextAnalysis a, int k) =>
        a.Has(k + 1, WordFlags.To) && a.Prefix[k + 1] == 0 && k + 2 < a.Count && a.Tokens[k + 2].Kind == TokenKind.Number;

    // رفعت وزارة الصحة في حكومة صنعاء حصيلة ضحايا الغارات ... إلى 80 / صححت الدائرة عدد ضحايا الحريق إلى 31: the verb, its
    // subject, then the toll it raised or revised and إلى + the count, in one clause.
    private static bool RaisedTollTo(TextAnalysis a, int k)
    {
        var toll = -1;
        for (var j = k + 1; j < a.Limit && j <= k + 28 && a.Sentence[j] == a.Sentence[k] && a.Tokens[j].Kind != TokenKind.Comma; j++)
        {
            if (toll < 0 && j <= k + 10 && a.Has(j, WordFlags.Toll))
            {
                toll = j;
            }
            else if (toll >= 0 && a.Has(j, WordFlags.To) && a.Prefix[j] == 0 && j + 1 < a.Count && a.Tokens[j + 1].Kind == TokenKind.Number)
            {
                return true;
            }
        }

        return false;
    }

    // صححت الدائرة الحصيلة صباح اليوم إلى 8: the toll as the object of a verb of revising, after its subject (not ارتفعت
    // الحصيلة, the toll as subject), takes no day in construct either: the day dates the revision (decision 082).
    private static bool RevisedToll(TextAnalysis a, int j)
    {
        for (var r = j - 2; r >= 0 && r >= j - 3; r--)
        {
            if (a.Has(r, WordFlags.Rise) && a.IsWord(r + 1) && !a.Has(r + 1, WordFlags.Toll) && a.PrefixOf(r) is not ("لل" or "ل"))
            {
                return true;
            }
        }

        return false;
    }

    private static bool TollNear(TextAnalysis a, int k)
    {
        // (Back over the toll's modifiers — عدد القتلى جراء انهيار المبنى في حي الميدان مساء الخميس ارتفع — to a comma.)
        var from = k;
        while (from > 0 && k - from < 14 && a.Sentence[from - 1] == a.Sentence[k] && a.Tokens[from - 1].Kind != TokenKind.Comma)
        {
            from--;
        }

        for (var j = Math.Min(from, Math.Max(0, k - 6)); j < a.Count && j <= k + 3; j++)
        {
            if (j == k || (j < k && a.Sentence[j] != a.Sentence[k]))
            {
                continue;
            }

            // (جرحاه ... بلغوا 1800: a casualty plural with a possessive pronoun is definite too.)
            if ((a.Has(j, WordFlags.Toll) && !CountsOtherThings(a, j)) || (a.Info[j] is { Category: not null, Role: CueRole.Noun } && (a.HasArticle(j) || a.Is(j, WordRole.OwnMembers))))
            {
                return true;
            }
        }

        return false;
    }

    // عدد سكانها / عدد المباني: a count of something other than victims.
    private static bool CountsOtherThings(TextAnalysis a, int toll) =>
        a.Span(toll).EndsWith("عدد") && a.IsWord(toll + 1) && (a.Has(toll + 1, WordFlags.Blocker) || a.Span(toll + 1).StartsWith("سكان") || a.Has(toll + 1, WordFlags.NonCasualtyAction));

    private static int? Year(TextAnalysis a, int k) =>
        a.Span(k).Length == 4 && NumberPhraseValue(a, k) is { } y && y is >= 1950 and <= 2100 ? (int)y : null;

    private static DateOnly? SpanStart(TextAnalysis a, int during, int unit, DateOnly? published)
    {
        if (published is not { } p)
        {
            return null;
        }

        var text = a.Span(unit);
        // خلال الـ48 ساعة (the count before the unit) / خلال الساعات الـ48 الماضية، الأيام السبعة الماضية (after it).
        var count = SpanCount(a, during + 1, unit) ?? (a.HasArticle(unit) ? SpanCount(a, unit + 1, Math.Min(a.Limit, unit + 4)) : null);
        if (text.Contains("ساع", StringComparison.Ordinal))
        {
            return p.AddDays(-(int)Math.Max(1, (count ?? 24) / 24));
        }

        if (text is "يومين")
        {
            return p.AddDays(-2);
        }

        // الأيام السبعة الماضية / الأسابيع الثلاثة الأخيرة count back from the report day; خلال 10 أيام alone (the 10-day
        // war) is a span that need not end on it, and الأسبوع الماضي is a point in time (decision 082).
        var perDay = text is "الايام" or "ايام" ? 1 : text is "الاسابيع" or "اسابيع" ? 7 : 0;
        return count is { } n && perDay > 0 && n <= 366 && PastWithin(a, unit + 1, unit + 4) ? p.AddDays(-(int)n * perDay) : null;
    }

    // The count of a span between tokens from and to (exclusive): a digit run, or number words added up (الأربع والعشرين).
    private static long? SpanCount(TextAnalysis a, int from, int to)
    {
        long words = 0;
        for (var j = from; j < to && j < a.Count; j++)
        {
            if (a.Tokens[j].Kind == TokenKind.Number)
            {
                return NumberPhraseValue(a, j);
            }

            if (a.IsWord(j) && a.Info[j] is { NumberKind: NumberWordKind.Unit or NumberWordKind.TeenTen or NumberWordKind.Ten } w)
            {
                words += w.NumberValue;
            }
        }

        return words > 0 ? words : null;
    }

    private static bool PastWithin(TextAnalysis a, int from, int to)
    {
        for (var j = from; j < to && j < a.Limit; j++)
        {
            if (a.Has(j, WordFlags.Past))
            {
                return true;
            }
        }

        return false;
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
