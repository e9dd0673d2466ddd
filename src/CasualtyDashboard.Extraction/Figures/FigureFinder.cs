using System.Runtime.InteropServices;
using CasualtyDashboard.Extraction.Attribution;
using CasualtyDashboard.Extraction.Languages.Arabic;
using CasualtyDashboard.Extraction.Model;
using CasualtyDashboard.Extraction.Numbers;
using CasualtyDashboard.Extraction.Tokenization;

namespace CasualtyDashboard.Extraction.Figures;

/// <summary>
/// Finds counts and decides which are casualty figures: what they count (category, subgroup) and how they are hedged.
/// A count is bound by its noun (5 قتلى), by a casualty verb or noun before it (مقتل 5 أشخاص، ارتفعت حصيلة القتلى إلى
/// 900) or after it (56 شخصا قتلوا), or by the toll it is listed under (بينهم 4237 طفلا، و2716 سيدة).
/// </summary>
internal static class FigureFinder
{
    private const int BackwardReach = 16;
    private const int NearCue = 3;

    /// <summary>The article's candidates, in text order, into <paramref name="found"/> (reset first).</summary>
    public static CandidateList Find(TextAnalysis a, CandidateList found)
    {
        found.Reset();
        var i = 0;
        var tokens = CollectionsMarshal.AsSpan(a.Tokens);
        var (skipped, phraseAt, traits) = (a.Skipped, a.PhraseAt, a.Traits);
        while (i < a.Limit)
        {
            // Most tokens start no count: passed over in a tight loop.
            while (i < a.Limit && (skipped[i] || !StartsCount(tokens[i].Kind, phraseAt[i], traits[i])))
            {
                i++;
            }

            if (i >= a.Limit)
            {
                break;
            }

            var hedge = HedgeBefore(a, i, out var hedgeStart);
            if (!NumberPhraseReader.TryRead(a, i, hedge is not null, out var number))
            {
                i++;
                continue;
            }

            var candidate = Bind(a, number, hedge, hedgeStart, found);
            if (candidate is not null)
            {
                found.Add(candidate);
                AddCoordinatedVague(a, candidate, found);
                if (UnderRubble(a, candidate.Last))
                {
                    // العديد من الضحايا لا يزالون تحت الركام، آلاف الشهداء والجرحى تحت الأنقاض: not yet in the killed toll.
                    for (var j = found.Count - 1; j >= 0 && found[j].Number.First == number.First; j--)
                    {
                        found[j].Category = FigureCategory.Missing;
                    }
                }

                i = Math.Max(number.Last, candidate.Last) + 1;
            }
            else
            {
                i = number.Last + 1;
            }
        }

        WholesForParts(found);
        return found;
    }

    /// <summary>
    /// A count that is a part only by its noun (26 جثة، 236 شخصا بجروح خطيرة، رجلان، 15 شهيدا من منتظري المساعدات) is
    /// the whole toll (<c>all</c>, or the group its noun names: جنديين أصيبا بجروح خطيرة) unless the article gives a larger
    /// toll of its category.
    /// </summary>
    private static void WholesForParts(CandidateList found)
    {
        // The largest whole toll of each category, and of each category and group, in one pass (time stays linear in the
        // number of counts).
        const int groups = (int)FigureSubgroup.Other + 1;
        Span<long> largest = stackalloc long[4];
        Span<long> largestOfGroup = stackalloc long[4 * groups];
        largest.Fill(-1);
        largestOfGroup.Fill(-1);
        foreach (var w in found)
        {
            if (w.Parent is null && w.Subgroup != FigureSubgroup.Other && !w.PartByNoun && w.Qualifier != FigureQualifier.Vague && (int)w.Category < largest.Length)
            {
                largest[(int)w.Category] = Math.Max(largest[(int)w.Category], w.Number.Value);
                var g = ((int)w.Category * groups) + (int)w.Subgroup;
                largestOfGroup[g] = Math.Max(largestOfGroup[g], w.Number.Value);
            }
        }

        foreach (var c in found)
        {
            // (A part whose noun names a group — جنديين أصيبا بجروح خطيرة — is a part only of a toll of that group: the
            // other side's larger toll is not its whole.)
            if (!c.PartByNoun || c.Parent is not null || c.Subgroup != FigureSubgroup.Other || (int)c.Category >= largest.Length)
            {
                continue;
            }

            var whole = c.WholeSubgroup is FigureSubgroup.All or FigureSubgroup.Other ? largest[(int)c.Category] : largestOfGroup[((int)c.Category * groups) + (int)c.WholeSubgroup];
            if (whole <= c.Number.Value)
            {
                c.Subgroup = c.WholeSubgroup;
                c.AidToll = false;
            }
        }
    }

    // Digits, number words, vague quantifiers and dual nouns start counts; other words cannot.
    private static bool StartsCount(TokenKind kind, Phrase? phrase, WordTraits traits) =>
        kind == TokenKind.Number || (kind == TokenKind.Word && (phrase is { Kind: PhraseKind.Vague } || (traits & WordTraits.StartsCount) != 0));

    private static FigureQualifier? HedgeBefore(TextAnalysis a, int i, out int start)
    {
        start = i;
        for (var back = 1; back <= 4 && i - back >= 0; back++)
        {
            var s = i - back;
            if (a.PhraseAt[s] is { Kind: PhraseKind.Hedge } p && (a.PhraseEnd[s] == i - 1 || (a.PhraseEnd[s] == i - 2 && DetachedArticle(a, i - 1))))
            {
                start = s;
                return p.Qualifier;
            }
        }

        // بين 30 و40 شخصا: the first end of a range is at least, the second at most (SCHEMA.md).
        if (RangeEnd(a, i) >= 0)
        {
            start = i - 1;
            return FigureQualifier.AtLeast;
        }

        if (i >= 3 && IsAnd(a, i - 1) && a.Tokens[i - 2].Kind == TokenKind.Number && RangeEnd(a, i - 2) == i)
        {
            return FigureQualifier.UpTo;
        }

        // تجاوز عدد ضحايا الزلزال 7 آلاف: the toll named as the subject of "exceeded", its number the object.
        for (var s = i - 1; s >= 0 && s >= i - 8 && a.IsWord(s); s--)
        {
            if (a.PhraseAt[s] is { Kind: PhraseKind.Hedge, Qualifier: FigureQualifier.MoreThan } p && a.Has(s, WordFlags.Rise) && a.Has(a.PhraseEnd[s] + 1, WordFlags.Toll))
            {
                return p.Qualifier;
            }
        }

        return null;
    }

    // الـ written apart from the digits after it (قرابة الـ50، الـ 1500 مصاب).
    private static bool DetachedArticle(TextAnalysis a, int k) => a.IsWord(k) && a.Span(k) is "ال";

    // The second number of a range "بين <digits at i> و <digits>" or "بين خمسة وسبعة", or -1.
    private static int RangeEnd(TextAnalysis a, int i)
    {
        if (i <= 0 || !a.Has(i - 1, WordFlags.Between) || a.Prefix[i - 1] != 0)
        {
            return -1;
        }

        if (a.Tokens[i].Kind == TokenKind.Number)
        {
            return IsAnd(a, i + 1) && i + 2 < a.Count && a.Tokens[i + 2].Kind == TokenKind.Number ? i + 2 : -1;
        }

        // (ثلاثة وعشرين is one number: a unit before a ten, or anything after a hundred, composes.)
        return a.IsWord(i) && a.Info[i] is { NumberKind: NumberWordKind.Unit or NumberWordKind.Ten or NumberWordKind.TeenTen } low
            && a.IsWord(i + 1) && a.Prefix[i + 1] == 1 && a.Span(i + 1)[0] == 'و' && a.Info[i + 1] is { NumberKind: NumberWordKind.Unit or NumberWordKind.Ten or NumberWordKind.TeenTen } high
            && !(low.NumberKind == NumberWordKind.Unit && high.NumberKind == NumberWordKind.Ten) ? i + 1 : -1;
    }

    // The conjunction و standing alone (or glued to the number after it).
    private static bool IsAnd(TextAnalysis a, int k) => a.IsWord(k) && a.Tokens[k].Length == 1 && (a.Function(k) & FunctionWord.ListGlue) != 0;

    // A number or a number word at token k (نحو before it hedges it, not the count before).
    private static bool StartsNumber(TextAnalysis a, int k) =>
        k < a.Count && (a.Tokens[k].Kind == TokenKind.Number || (a.IsWord(k) && a.Info[k] is { NumberKind: not NumberWordKind.None }));

    private static Candidate? Bind(TextAnalysis a, NumberPhrase number, FigureQualifier? hedge, int hedgeStart, CandidateList found)
    {
        if (!number.IsDualNoun && IsNotACount(a, number))
        {
            return null;
        }

        // (7) سبعة: digits in brackets restating the number words that follow; the words carry the figure.
        if (a.Tokens[number.First].Kind == TokenKind.Number && number.First > 0 && a.Tokens[number.First - 1] is { Kind: TokenKind.Mark, Char: '(' }
            && number.Last + 2 < a.Count && a.Tokens[number.Last + 1] is { Kind: TokenKind.Mark, Char: ')' } && a.Info[number.Last + 2] is { NumberKind: not NumberWordKind.None })
        {
            return null;
        }

        var c = found.Rent(number);
        c.Qualifier = number.Qualifier == FigureQualifier.Vague ? FigureQualifier.Vague : hedge ?? FigureQualifier.Exact;
        c.First = Math.Min(hedgeStart, number.First);
        c.Last = number.Last;

        // (A dual noun is the count's last token, or its first when اثنين restates it: مفقودَين اثنين.)
        var k = number.IsDualNoun ? (number.Last > number.First ? number.First : number.Last) : NextContent(a, number.Last + 1);
        if (hedge == FigureQualifier.AtLeast && RangeEnd(a, number.First) is var rangeEnd and >= 0 && rangeEnd > number.Last)
        {
            // (بين 30 و40 شخصا: the first end counts the noun after the second.)
            k = NextContent(a, rangeEnd + 1);
        }

        k = ForwardHedge(a, k, c, number.IsDualNoun);

        FigureCategory? category = null;
        var subgroup = FigureSubgroup.All;
        var nounKind = NounKind.Bare;
        var nounEnd = number.Last;

        // عدد الشهداء 8 (6 شهداء جدد + ...): a breakdown in brackets after the count, not a second number glued to it.
        var breakdown = k < a.Limit && k > number.Last + 1 && a.Tokens[k].Kind == TokenKind.Number && a.Tokens[k - 1] is { Kind: TokenKind.Mark, Char: '(' };
        if (k < a.Limit && !breakdown)
        {
            nounKind = ReadNoun(a, k, number.Qualifier == FigureQualifier.Vague || number.IsDualNoun, ref category, ref subgroup, out nounEnd, out var demonym);
            c.Demonym = demonym;
            if (nounKind == NounKind.Blocked)
            {
                return null;
            }

            if (nounKind == NounKind.Bare)
            {
                nounEnd = number.Last;
            }
            else if (number.IsDualNoun && number.Last > nounEnd)
            {
                // (فلسطينيين اثنين قضيا: the restating اثنين belongs to the noun; the verb comes after it.)
                nounEnd = number.Last;
            }
        }

        c.Last = Math.Max(c.Last, nounEnd);
        if (nounKind is NounKind.Casualty or NounKind.Person or NounKind.Bare && c.First >= 2 && a.Is(c.First - 1, WordRole.Life) && a.HasArticle(c.First - 1) && a.IsBare(c.First - 2, WordRole.LeftLife))
        {
            // وفارق الحياة اثنان من المصابين: the whole idiom before its subject; those who died are killed, whatever noun
            // (the injured they were) counts them.
            category = FigureCategory.Killed;
            nounKind = NounKind.Casualty;
            c.First -= 2;
        }

        if (category == FigureCategory.Injured && nounKind == NounKind.Casualty && DefinitePartitive(a, number.Last + 1) && DiedOfWounds(a, number.First, nounEnd))
        {
            // بعد وفاة 3 من المصابين، فارق اثنان من المصابين الحياة: the injured who died are killed, a part of the toll they
            // raise when the article gives it (WholesForParts), else a toll of their own.
            category = FigureCategory.Killed;
            subgroup = FigureSubgroup.Other;
        }

        // ثلاثة منهم إصاباتهم بالغة / تم نقل 33 منهم: a part of the figure just before.
        if (nounKind == NounKind.Bare && PartOfPrevious(a, number, found) is { } whole)
        {
            c.Last = number.Last + 1;
            c.Parent = whole.Parent ?? whole;
            c.Category = whole.Category;
            c.Subgroup = FigureSubgroup.Other;
            c.Rule = "part";
            return c;
        }

        if (nounKind is NounKind.Person or NounKind.Casualty && subgroup is FigureSubgroup.All or FigureSubgroup.Fighters && OfGroup(a, nounEnd + 1, out var groupEnd) is { } group)
        {
            // عنصرين من قوات البيشمركة، عنصرا من مليشيات الحوثي: the force decides.
            if (nounKind == NounKind.Casualty)
            {
                ShareTrailingSubgroup(a, number, group, found);
            }

            subgroup = group;
            nounEnd = groupEnd;
            c.Last = Math.Max(c.Last, nounEnd);
        }
        else if (nounKind == NounKind.Person && IsMembers(a, nounEnd) && MembersOfBodyAt(a, nounEnd + 1) is { } ofBody)
        {
            // عناصر وزارة الداخلية: the members of the body named right after them.
            subgroup = ofBody;
            nounEnd = a.PhraseEnd[nounEnd + 1];
            c.Last = Math.Max(c.Last, nounEnd);
        }
        else if (nounKind == NounKind.Person && a.Is(nounEnd, WordRole.OwnMembers) && BodyBefore(a, number.First) is { } own)
        {
            // أعلنت الشرطة إصابة 8 من أفرادها: "its members" are the people of the body named before them.
            subgroup = own;
        }
        else if (nounKind == NounKind.Person && subgroup == FigureSubgroup.Fighters && IsMembers(a, nounEnd) && !(a.IsWord(nounEnd + 1) && a.Span(nounEnd + 1).StartsWith("ال")) && SideBefore(a, number.First) is { } side)
        {
            // قصف ... مواقع النظام ما أسفر عن مقتل تسعة عناصر: bare "members" (not عناصر التنظيم, whose group follows)
            // belong to the side named last before them.
            subgroup = side;
        }

        if (nounKind == NounKind.Person && (a.Has(k, WordFlags.Others) || (IsMembers(a, nounEnd) && a.Has(nounEnd + 1, WordFlags.Others) && a.Prefix[nounEnd + 1] == 0))
            && OthersOfKind(a, number.First, found, acrossReport: !a.Has(k, WordFlags.Others)) is { } kind)
        {
            // (5 عناصر آخرين: "other members" are of the group the report just counted, in its next sentence too.)
            // استشهد 322 طفلا وأصيب 609 آخرون / مدنياً استشهد وجرح ستة عشر آخرون: "others" of the same kind.
            subgroup = kind;
            if (found.Count > 0 && (found[^1].Parent ?? found[^1]).Demonym is { } land && a.Paragraph[found[^1].Last] == a.Paragraph[number.First])
            {
                // قتل 40 جنديا إسرائيليا وأصيب 200 آخرون: and of the same side.
                c.Demonym ??= land;
            }
        }

        var after = NextContent(a, nounEnd + 1);
        after = ForwardHedge(a, after, c, false);
        if (a.Has(after, WordFlags.BlockerAfter) && nounKind == NounKind.Person)
        {
            // 300 ألف جندي احتياطي، عشرة أشخاص أحياء: not victims.
            return null;
        }

        var before = subgroup;
        if (FollowingAdjective(a, after, ref subgroup, c))
        {
            after = NextContent(a, after + 1);
            after = ForwardHedge(a, after, c, false);
        }

        if (nounKind == NounKind.Casualty && before == FigureSubgroup.All && subgroup != FigureSubgroup.All)
        {
            ShareTrailingSubgroup(a, number, subgroup, found);
        }

        var forward = ForwardCue(a, after, LeadsToValue(a, c.First), out var forwardEnd, out var acrossList);
        if (forward is null && category is null && LeftLifeAround(a, c.First, after))
        {
            // فارق شابان الحياة: the verb before its subject, the idiom's object after it.
            forward = FigureCategory.Killed;
            forwardEnd = after;
            c.First = c.First - 1;
        }

        if (subgroup == FigureSubgroup.All && !acrossList && (InRanksOf(a, after) ?? (a.IsWord(after) && a.Info[after] is not { IsPerson: true } ? InRanksOf(a, after + 1) : null)) is { } ranks)
        {
            // 9 قتلى سقطوا في صفوف الشرطة / 12 شخصا قتلوا في صفوف الجيش: the ranks named after the count's verb are its group.
            subgroup = ranks;
        }

        if (forward is { } f && (category is null || f is FigureCategory.Casualties or FigureCategory.Missing))
        {
            category = f;
            c.Rule = "after";
            if (!acrossList)
            {
                c.Last = Math.Max(c.Last, forwardEnd);
            }
        }

        if (a.IsWord(number.First) && a.HasArticle(number.First) && hedge is null)
        {
            // الأطفال الثلاثة فارقوا الحياة: a definite numeral after its person noun is a figure only with a casualty verb.
            // (وقضى الركاب الأربعة عشر: or with a casualty verb right before the noun.)
            var verb = number.First >= 2 && a.IsBareOrConjoined(number.First - 2) && a.Info[number.First - 2] is { Category: not null, Role: CueRole.Before } v ? v : null;
            if ((c.Rule != "after" && verb is null) || !a.IsWord(number.First - 1) || a.Info[number.First - 1] is not { IsPerson: true } person)
            {
                return null;
            }

            c.First = number.First - 1;
            subgroup = person.Subgroup ?? FigureSubgroup.All;
            if (category is null && verb is not null)
            {
                category = verb.Category;
                c.Rule = "cue+person";
                c.First = number.First - 2;
            }
        }

        if (ProjectionBefore(a, c.First) && !(c.Rule == "after" && PastPerfectBefore(a, c.Last)))
        {
            // يخشى أن يرتفع العدد إلى 10 آلاف is a projection; يخشى أن يكون 74 شخصا قد لقوا حتفهم is a toll.
            return null;
        }

        // (A bare count whose only cue is where it was taken — و18 إلى مستشفى الجامعة — after a part goes on with the part.)
        var partGoesOn = c.Rule == "after" && nounKind == NounKind.Bare && found.Count > 0 && found[^1] is { Subgroup: FigureSubgroup.Other, Parent: not null } part && part.Category == category;
        if ((category is null || partGoesOn) && nounKind is NounKind.Bare or NounKind.Person or NounKind.Unknown && EllipticalConjunct(a, c, nounKind == NounKind.Person ? nounEnd : number.Last, found) is { } head)
        {
            // 8 ضحايا في مخيم الرمل، و4 في منطقة جبلة / 31 جنديا خلال يوم، 19 على جبهة غزة و12 على جبهة لبنان: the conjunct
            // copies the head (category, and subgroup when it names none) and takes its own place or cause.
            c.Demonym ??= head.Demonym;
            if (head is { Subgroup: FigureSubgroup.Other, Parent: { } headWhole } && nounKind != NounKind.Person)
            {
                // نقل 25 منهم إلى مستشفى المدينة و18 إلى مستشفى الجامعة: a part goes on with parts.
                return Finish(c, head.Category, FigureSubgroup.All, "ellipsis", a, true, headWhole, found);
            }

            // (A conjunct naming its own group under a part of a toll is a part of that toll too: بينهم 15 طفلا ⏎ - 10 نساء.)
            return Finish(c, head.Category, subgroup == FigureSubgroup.All && head.Subgroup != FigureSubgroup.Other ? head.Subgroup : subgroup, "ellipsis", a, false, head.Parent is not null && subgroup != FigureSubgroup.All ? head : null, found);
        }

        if (c.Rule == "after" && nounKind is NounKind.Bare or NounKind.Unknown && subgroup == FigureSubgroup.All && ParallelConjunct(a, c, category, found) is { } parallelGroup)
        {
            // جنديان بجروح خطيرة وثلاثة بجروح متوسطة: a bare count joined to the figure just before and given the same
            // casualty cue of its own repeats that figure's group.
            subgroup = parallelGroup;
        }

        if (category is null && nounKind == NounKind.Bare && HeaderNoun(a, c.First) is { } headerCategory && ModifierFollows(a, NextContent(a, number.Last + 1)))
        {
            // وتوزع الجرحى على النحو التالي: 14 في خان يونس، و8 في رفح: the first share of a list copies the casualty noun
            // its header names (the shares after it copy the first).
            return Finish(c, headerCategory, FigureSubgroup.All, "header", a, false, null, found);
        }

        var marker = SubgroupMarkerBefore(a, c.First);
        var back = BackwardCue(a, c.First - 1, found, out var cueToken, out var parent, out var cueSubgroup, out var stopped);
        if (back is null && category is null && marker && nounKind == NounKind.Person && found.Count > 0 && found[^1] is { Parent: null } listed
            && listed.Qualifier != FigureQualifier.Vague && listed.Number.Value > c.Number.Value && a.SameSentence(listed.Last, c.First))
        {
            // 1417 فلسطينيا استشهدوا في الغارات الإسرائيلية، بينهم 447 طفلا: بينهم lists the parts of the toll before it in
            // the sentence, however far past its verb.
            (back, parent, cueToken) = (listed.Category, listed, listed.Last);
        }
        if (stopped && category is null)
        {
            return null;
        }

        if (category is null)
        {
            if (back is null && nounKind == NounKind.Person && UnderRubble(a, nounEnd))
            {
                // قرابة 60 مواطنا ما زالوا تحت أنقاض المنازل: people still under the rubble are missing (SCHEMA), with no casualty word.
                return Finish(c, FigureCategory.Missing, subgroup, "rubble", a, marker, parent, found);
            }

            if (back is null)
            {
                return nounKind == NounKind.Case && c.Qualifier != FigureQualifier.Vague ? Finish(c, FigureCategory.Injured, subgroup, "case", a, marker, parent, found) : null;
            }

            var distance = Distance(a, cueToken, c.First);
            // (عدد القتلى في صفوف الشرطة 19: the toll phrase's group modifier stands between)
            var bareNear = distance <= NearCue || LeadsToValue(a, c.First) || TollHeadSubgroup(a, c.First, found) is not null;
            if (nounKind is NounKind.Bare or NounKind.Unknown && !bareNear && parent is null)
            {
                return null;
            }

            if (nounKind == NounKind.Unknown && distance > NearCue && parent is null)
            {
                return null;
            }

            category = back == FigureCategory.Killed && nounKind == NounKind.Case && cueToken >= 0 && a.Has(cueToken, WordFlags.Toll) ? FigureCategory.Injured : back;
            c.Rule = parent is not null ? "list" : nounKind == NounKind.Person ? "cue+person" : "cue";
            if (distance <= 2 && cueToken >= 0 && cueToken < c.First)
            {
                c.First = cueToken;
            }

            if (subgroup == FigureSubgroup.All && cueSubgroup is { } s && parent is null)
            {
                subgroup = s;
            }

            if (parent is null && subgroup != FigureSubgroup.All && AmongTheToll(a, cueToken) && LastToll(found, category.Value) is { } toll)
            {
                // وأوضح أن من بين الشهداء 432 طفلا: a part of the toll stated before, though in another sentence.
                parent = toll;
            }
        }
        else if (c.Rule.Length == 0)
        {
            c.Rule = "noun";
            if (parent is null && back is not null && Distance(a, cueToken, c.First) <= 2 && cueToken < c.First)
            {
                c.First = cueToken;
            }
        }

        if (!marker && parent is null && subgroup == FigureSubgroup.All && nounKind == NounKind.Casualty && DefinitePartitive(a, number.Last + 1)
            && LastToll(found, category!.Value) is { } pointed && pointed.Number.Value > c.Number.Value && pointed.Qualifier != FigureQualifier.Vague
            && a.Paragraph[c.First] - a.Paragraph[pointed.Last] <= 1)
        {
            // 20 من القتلى ينتمون إلى عائلة واحدة: "of the killed" points back at the toll given just before; the count is a
            // part of it.
            (marker, parent) = (true, pointed);
        }

        if (marker && parent is not null && nounKind == NounKind.Bare && subgroup == FigureSubgroup.All && (parent.Parent ?? parent).Subgroup is not (FigureSubgroup.All or FigureSubgroup.Other) and var wholeSubgroup)
        {
            // 3193 ضابطا وجنديا للإصابة، من بينهم 1552 خلال العمليات البرية: a bare count under a toll of soldiers counts soldiers.
            subgroup = wholeSubgroup;
        }

        if (marker && parent is null && found.Count > 0 && found[^1] is { Parent: null } listHead && listHead.Category == category && a.SameSentence(listHead.Last, c.First) && listHead.Number.Value > c.Number.Value)
        {
            // ارتقى 52 شهيدا برصاص الاحتلال اليوم، بينهم 21 مواطنا: بينهم makes the count a part of the toll before it.
            parent = listHead;
        }

        if (nounKind == NounKind.Person && subgroup == FigureSubgroup.Other && !marker && parent?.Parent is null)
        {
            // رجلان، 157 ناشطا، ثلاثة من العاملين: a kind of person is a part only when listed under a toll (بينهم، منهم
            // before it or before the list it continues).
            subgroup = FigureSubgroup.All;
        }

        if (subgroup == FigureSubgroup.All && !marker && (parent is null || parent.HeadSubgroup) && TollHeadSubgroup(a, c.First, found) is { } headSubgroup)
        {
            // حصيلة قتلى الجيش ... إلى 215 قتيلا، عدد القتلى في صفوف الجيش إلى 148، أرقام الضحايا من الكوادر الصحية بلغت 97
            // قتيلا و210 جرحى: the group named in the toll phrase is the count's subgroup.
            subgroup = headSubgroup;
            c.HeadSubgroup = true;
        }

        if (subgroup == FigureSubgroup.All && !marker && parent is null && TopicSubgroup(a, c.First) is { } topic)
        {
            // وحول الضحايا من القطاع الصحي، قال الوزير إن ... بلغ عدد الجرحى 130 شخصا: the sentence is about that group.
            subgroup = topic;
        }

        if (c.Demonym is null && !marker && parent is null && TollHeadDemonym(a, c.First) is { } nationality)
        {
            // ويرفع ذلك عدد الشهداء الفلسطينيين إلى 38: the nationality in the toll phrase is the victims'.
            c.Demonym = nationality;
        }

        return Finish(c, category.Value, subgroup, c.Rule, a, marker, parent, found);
    }

    private static Candidate Finish(Candidate c, FigureCategory category, FigureSubgroup subgroup, string rule, TextAnalysis a, bool marker, Candidate? parent, List<Candidate> found)
    {
        c.Category = category;
        c.Rule = rule;
        if (marker && parent is not null && subgroup == FigureSubgroup.All && PlaceShareFollows(a, c.Last))
        {
            // أودى بحياة 20 شخصا، منهم 14 في الفاشر: a toll split by place gives shares of everyone in that place (SCHEMA's
            // "part or whole"), not a part; the share keeps its own place.
        }
        else if (marker && parent is not null)
        {
            c.Parent = parent.Parent ?? parent;
            if (subgroup == FigureSubgroup.All)
            {
                subgroup = FigureSubgroup.Other;
            }
        }
        else if (parent is not null && subgroup != FigureSubgroup.All && (parent.Parent is not null || parent.Subgroup == FigureSubgroup.All))
        {
            c.Parent = parent.Parent ?? parent;
        }
        else if (marker && parent is null && subgroup == FigureSubgroup.All && c.Qualifier != FigureQualifier.Vague)
        {
            // خطف 252 شخصا لا يزال 121 منهم في غزة بينهم 37 لقوا مصرعهم: بينهم makes a part, here of a count that is not a toll.
            subgroup = FigureSubgroup.Other;
        }

        var partitive = false;
        c.WholeSubgroup = subgroup == FigureSubgroup.Other ? FigureSubgroup.All : subgroup;
        if (SeverityFollows(a, c.Last))
        {
            subgroup = FigureSubgroup.Other;
            // حالة 200 من المصابين بأنها حرجة: "of the injured" points back at a toll already given, however vague.
            partitive = DefinitePartitive(a, c.Number.Last + 1);
        }

        if (subgroup == FigureSubgroup.All && parent is not null && !marker && parent.Subgroup == FigureSubgroup.Other && parent.Category == category)
        {
            // نقل 33 منهم إلى مستشفى ...، و21 مصابا إلى ...: the list goes on with parts.
            subgroup = FigureSubgroup.Other;
            c.Parent ??= parent.Parent ?? parent;
        }

        if (subgroup == FigureSubgroup.All && parent is null && AddedOrIdentified(a, c.First))
        {
            // أضافت الوزارة 64 قتيلا إلى السجل، تم تحديد هوية 25 ألف جثة، إجمالي حالات الانتشال 726: a part of the toll.
            subgroup = FigureSubgroup.Other;
        }

        if (subgroup == FigureSubgroup.All && InAidToll(a, c, found))
        {
            c.AidToll = true;
            subgroup = FigureSubgroup.Other;
        }

        if (subgroup == FigureSubgroup.All && category == FigureCategory.Injured && Transported(a, c) && LargerInjuredToll(found, c.Number.Value))
        {
            // نقل 49 مصابا إلى المستشفيات after a toll of 50: where the victims were taken is a part of the toll.
            subgroup = FigureSubgroup.Other;
        }

        c.Subgroup = subgroup;
        c.PartByNoun = subgroup == FigureSubgroup.Other && c.Parent is null && !marker && !partitive;
        return c;
    }

    // A word of death right before "N من المصابين" (وفاة، توفي، مقتل), or the idiom around it (فارق N من المصابين الحياة).
    private static bool DiedOfWounds(TextAnalysis a, int first, int nounEnd) =>
        a.IsWord(first - 1) && a.Info[first - 1] is { Category: FigureCategory.Killed, Role: CueRole.Before }
        || a.IsBare(first - 1, WordRole.LeftLife) && a.Is(nounEnd + 1, WordRole.Life) && a.HasArticle(nounEnd + 1);

    // في + a place named after the count, with or without a settlement word (14 في الفاشر، 1000 في مدينة إسطنبول).
    private static bool PlaceShareFollows(TextAnalysis a, int last)
    {
        var k = last + 1;
        if (!a.IsWord(k) || a.Span(k) is not "في")
        {
            return false;
        }

        k += a.Is(k + 1, WordRole.Settlement) ? 2 : 1;
        return k < a.Limit && a.PhraseAt[k] is { Kind: PhraseKind.Place };
    }

    // من + a casualty noun with the article right after the count (200 من المصابين، 12 من القتلى).
    private static bool DefinitePartitive(TextAnalysis a, int k) =>
        a.IsWord(k) && a.Span(k) is "من" && a.IsWord(k + 1) && a.HasArticle(k + 1) && a.Info[k + 1] is { Category: not null, Role: CueRole.Noun };

    // (A loop, not a lambda: a lambda capturing c would cost Finish an allocation on every call.)
    private static bool LargerInjuredToll(List<Candidate> found, long value)
    {
        foreach (var f in found)
        {
            if (f.Category == FigureCategory.Injured && f.Qualifier != FigureQualifier.Vague && f.Number.Value > value)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the count is governed by a toll of aid-seekers or famine deaths (عدد شهداء المساعدات بلغ 31، ضحايا
    /// التجويع إلى 239، 4 وفيات جراء المجاعة), or continues a list that is (و269 مصابا، والإصابات 197).
    /// </summary>
    private static bool InAidToll(TextAnalysis a, Candidate c, List<Candidate> found)
    {
        var previous = found.Count > 0 ? found[^1] : null;
        var aidAt = -1;
        for (var k = c.First - 1; k >= 0 && k >= c.First - 16 && a.Sentence[k] == a.Sentence[c.First]; k--)
        {
            if (previous is not null && previous.Last == k)
            {
                return aidAt < 0 && previous.AidToll;
            }

            if (a.Tokens[k].Kind == TokenKind.Comma)
            {
                if (aidAt < 0 && RelativeClauseBefore(a, k) is var open and >= 0)
                {
                    // عدد ضحايا لقمة العيش، ممن سقطوا قرب نقاط التوزيع، إلى 1645: the toll phrase goes on past its relative clause.
                    k = open;
                    continue;
                }

                if (aidAt >= 0 || !(previous is not null && previous.Last == k - 1))
                {
                    break;
                }

                continue;
            }

            if (aidAt < 0 && a.Has(k, WordFlags.AidOrFamine))
            {
                aidAt = k;
                continue;
            }

            if (a.Info[k] is { } info && (info.Has(WordFlags.Toll) || (info.Category is not null && info.Role == CueRole.Noun)))
            {
                // The aid word must sit in the toll's own phrase (عدد شهداء المساعدات، ضحايا ما يعرف بمصائد الموت).
                if (aidAt >= 0 && aidAt - k <= 6)
                {
                    return true;
                }

                if (info.Has(WordFlags.Toll))
                {
                    return false;
                }
            }
        }

        // 4 وفيات خلال الساعات الماضية جراء المجاعة
        for (int k = c.Last + 1, words = 0; k < a.Limit && words < 7; k++)
        {
            var t = a.Tokens[k];
            if (t.IsBreak || t.Kind is TokenKind.Comma or TokenKind.Number)
            {
                break;
            }

            if (t.Kind != TokenKind.Word)
            {
                continue;
            }

            words++;
            if (a.Span(k) is "جراء" or "بسبب" or "نتيجه" or "بفعل" && (a.Has(k + 1, WordFlags.AidOrFamine) || a.Has(k + 2, WordFlags.AidOrFamine)))
            {
                return true;
            }
        }

        return false;
    }

    // The count is what a registry added (أضافت، إضافة but not إضافة إلى), what was identified (تحديد هوية، التعرف على
    // هوية) or the tally of recoveries (حالات الانتشال), a few words before it.
    private static bool AddedOrIdentified(TextAnalysis a, int first)
    {
        for (int k = first - 1, words = 0; k >= 0 && words < 4 && a.SameSentence(k, first) && a.Tokens[k].Kind != TokenKind.Number; k--)
        {
            if (!a.IsWord(k))
            {
                continue;
            }

            words++;
            if (a.Is(k, WordRole.IdentifiedOrRecovered) && a.Prefix[k] == 0 || words <= 2 && a.Is(k, WordRole.Added) && a.Prefix[k] == 0 && !a.Has(k + 1, WordFlags.To))
            {
                return true;
            }

            // تضاف إليها 10 آلاف قتيل / يضاف إلى ذلك 40 مفقودا: a count added to a toll stated before is a part of it.
            if (words <= 3 && a.IsBare(k, WordRole.AddedTo))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// For the comma at <paramref name="close"/> that ends a relative clause set off by commas (، ممن / الذين ...،), the
    /// clause's opening comma; else -1.
    /// </summary>
    private static int RelativeClauseBefore(TextAnalysis a, int close)
    {
        for (var k = close - 1; k >= 0 && k >= close - 12 && !a.Tokens[k].IsBreak; k--)
        {
            if (a.Tokens[k].Kind == TokenKind.Comma)
            {
                return a.Has(k + 1, WordFlags.Relative) && a.Prefix[k + 1] == 0 ? k : -1;
            }
        }

        return -1;
    }

    // نقل 49 مصابا / ٤١ مصابا، وثمانية تم نقلهم: a transport verb just before or after the count, or a hospital the count
    // goes to right after it (100 جريح إلى مستشفيات أخرى).
    private static bool Transported(TextAnalysis a, Candidate c)
    {
        for (var k = c.First - 1; k >= 0 && k >= c.First - 5 && !a.Tokens[k].IsBreak && a.Tokens[k].Kind != TokenKind.Comma; k--)
        {
            if (a.Has(k, WordFlags.Transport))
            {
                return true;
            }
        }

        for (var k = c.Last + 1; k < a.Limit && k <= c.Last + 3 && !a.Tokens[k].IsBreak && a.Tokens[k].Kind != TokenKind.Comma; k++)
        {
            if (a.Has(k, WordFlags.Transport) || a.Has(k, WordFlags.Hospital) && k == c.Last + 2 && a.Has(k - 1, WordFlags.To))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A bare count followed by منهم / منها (of them): the figure it is a part of, in the same sentence.</summary>
    private static Candidate? PartOfPrevious(TextAnalysis a, NumberPhrase number, List<Candidate> found)
    {
        var next = number.Last + 1;
        if (found.Count == 0 || !a.IsWord(next) || a.Span(next) is not ("منهم" or "منها" or "منهن") || a.Tokens[number.First].Kind == TokenKind.Number && a.IsWord(next + 1) && a.Info[next + 1] is { IsPerson: true })
        {
            return null;
        }

        var previous = found[^1];
        return a.SameSentence(previous.Last, number.First) && previous.Subgroup is FigureSubgroup.All ? previous : null;
    }

    // عنصر، عنصرا، عنصرين، عناصر: "members", whose side the text names elsewhere.
    private static bool IsMembers(TextAnalysis a, int k) => a.Is(k, WordRole.Members);

    /// <summary>
    /// The side named last before a bare count of members, in the same sentence: a state's army or regime (الجيش، النظام)
    /// gives soldiers; a militia or faction (ميليشيات، فصائل، حزب، داعش) gives fighters; nothing named, no decision.
    /// </summary>
    private static FigureSubgroup? SideBefore(TextAnalysis a, int first)
    {
        for (var j = first - 1; j >= 0 && j >= first - 40 && a.SameSentence(j, first); j--)
        {
            if (!a.IsWord(j))
            {
                continue;
            }

            if (a.PhraseAt[j] is { Kind: PhraseKind.Subgroup, Subgroup: FigureSubgroup.Soldiers or FigureSubgroup.Fighters or FigureSubgroup.Police } phrase)
            {
                return phrase.Subgroup;
            }

            if (a.SideOf(j) is { } side)
            {
                return side;
            }

            if (MembersOfBodyAt(a, j) is FigureSubgroup.Police && a.PhraseEnd[j] < first)
            {
                // أعلنت وزارة الداخلية مقتل 3 عناصر: a police body's members.
                return FigureSubgroup.Police;
            }

            if (a.Info[j] is { IsPerson: true, Count: 0, Subgroup: FigureSubgroup.Fighters })
            {
                return FigureSubgroup.Fighters;
            }
        }

        return null;
    }

    /// <summary>The people of the body whose name starts at <paramref name="k"/> (<see cref="Languages.Arabic.Authorities.MembersOf"/>), or null.</summary>
    private static FigureSubgroup? MembersOfBodyAt(TextAnalysis a, int k) =>
        a.IsWord(k) && a.PhraseAt[k] is { Kind: PhraseKind.Authority, Code: { } body } ? Languages.Arabic.Authorities.MembersOf(body) : null;

    /// <summary>
    /// The body named last before a count of "its members" in the same sentence, as the people it has: an issuer with
    /// members (<see cref="Languages.Arabic.Authorities.MembersOf"/>), a side (الجيش), or a force with the article (الشرطة).
    /// </summary>
    private static FigureSubgroup? BodyBefore(TextAnalysis a, int first)
    {
        for (var j = first - 1; j >= 0 && j >= first - 40 && a.SameSentence(j, first); j--)
        {
            if (MembersOfBodyAt(a, j) is { } members && a.PhraseEnd[j] < first)
            {
                return members;
            }

            if (a.SideOf(j) is { } side)
            {
                return side;
            }

            if (a.IsWord(j) && a.Info[j] is { IsPerson: true, Count: 0, Subgroup: FigureSubgroup.Soldiers or FigureSubgroup.Police } force && a.Span(j)[a.Prefix[j]..].StartsWith("ال", StringComparison.Ordinal))
            {
                return force.Subgroup;
            }
        }

        return null;
    }

    /// <summary>من + a force (قوات، الجيش، ميليشيات، حرس الحدود) after a person noun: the subgroup of that force.</summary>
    private static FigureSubgroup? OfGroup(TextAnalysis a, int k, out int end)
    {
        end = k;
        if (!a.IsWord(k) || a.Span(k) is not "من" || !a.IsWord(k + 1))
        {
            return null;
        }

        if (a.PhraseAt[k + 1] is { Kind: PhraseKind.Subgroup } phrase && phrase.Subgroup != FigureSubgroup.All)
        {
            end = a.PhraseEnd[k + 1];
            return phrase.Subgroup;
        }

        if (MembersOfBodyAt(a, k + 1) is { } members)
        {
            // عنصران من الدفاع المدني: a relief body's workers; 3 من وزارة الداخلية: its police.
            end = a.PhraseEnd[k + 1];
            return members;
        }

        if (a.Info[k + 1] is { IsPerson: true, Count: 0 } group && group.Subgroup is FigureSubgroup.Soldiers or FigureSubgroup.Fighters or FigureSubgroup.Police)
        {
            end = k + 1;
            // من القوات الحكومية والفصائل المسلحة: both sides, no one subgroup.
            for (var j = k + 2; j < a.Limit && j <= k + 4 && a.IsWord(j); j++)
            {
                if (a.Prefix[j] >= 1 && a.Span(j)[0] == 'و' && a.Info[j] is { IsPerson: true } other && other.Subgroup != group.Subgroup)
                {
                    return null;
                }
            }

            return group.Subgroup;
        }

        if (a.SideOf(k + 1) is { } side && a.Prefix[k + 1] == 0)
        {
            // 50 عنصرا من حزب الله، مقاتلين من حماس: a party to the war names whose members they are.
            end = k + 1;
            return side;
        }

        return null;
    }

    /// <summary>
    /// The figure a count without a noun of its own continues: the count is joined to it (و، or a comma after the toll's
    /// own modifiers) and followed by a place, cause or span of its own (في، على، خلال، جراء، بـ), and only that figure's
    /// modifiers stand between them (no other count, casualty word or break).
    /// </summary>
    private static Candidate? EllipticalConjunct(TextAnalysis a, Candidate c, int nounEnd, List<Candidate> found)
    {
        if (found.Count == 0 || found[^1] is not { } head || head.Qualifier == FigureQualifier.Vague)
        {
            return null;
        }

        var before = c.First - 1;
        // (A bullet opening the count's line joins it to the item on the line before: "- 12 في غزة ⏎ - 7 في خان يونس".)
        var bulleted = before > head.Last + 1 && a.Tokens[before] is { Kind: TokenKind.Comma or TokenKind.Mark, Char: '-' or '•' or '*' } && a.Tokens[before - 1].Kind == TokenKind.ParagraphEnd;
        if (!bulleted && !a.SameSentence(head.Last, c.First))
        {
            return null;
        }

        var joined = a.Tokens[c.First].Kind == TokenKind.Word && a.Prefix[c.First] == 1 && a.Span(c.First)[0] == 'و'
            || before > head.Last && (a.IsWord(before) && a.Span(before) is "و" or "مقابل" || a.Tokens[before] is { Kind: TokenKind.Comma, Char: ',' or '،' }) || bulleted;
        // (1300 قتيل خلال العام الماضي، مقابل 1450 في العام الذي سبقه: a toll set against another span's is joined too.)
        // (توزع الشهداء بين محافظة النبطية بـ19 شهيدا، والجنوب بـ14: a share named by its place with بـ before each count,
        // the place joined by و.)
        var place = joined || !a.SameSentence(head.Last, c.First) ? -1 : ShareNamedAt(a, c.First);
        if (place > head.Last && ShareNamedAt(a, head.Number.First) >= 0)
        {
            before = place;
        }
        else if (!joined || !(ModifierFollows(a, NextContent(a, nounEnd + 1)) || bulleted && BulletListItem(a, head.Number.First, nounEnd)))
        {
            return null;
        }

        for (int k = head.Last + 1, words = 0; k < before; k++)
        {
            var t = a.Tokens[k];
            if (t.IsBreak && !bulleted || t.Kind == TokenKind.Number && !(a.IsWord(k - 1) && a.Span(k - 1).EndsWith("ال")) || (t.Kind == TokenKind.Word && (++words > 12 || a.Info[k] is { } info
                && (info.Category is not null || info.NumberKind != NumberWordKind.None || info.Has(WordFlags.NonCasualtyAction) || info.Has(WordFlags.SubgroupMarker)))))
            {
                return null;
            }
        }

        return head;
    }

    // The group of the figure right before a count joined to it by و (وثلاثة، و3), when that figure names a group (not a
    // part) of the same category and only its own modifiers (no count, casualty word or break) stand between them.
    private static FigureSubgroup? ParallelConjunct(TextAnalysis a, Candidate c, FigureCategory? category, List<Candidate> found)
    {
        // (A severity makes the figure before a part by its noun for now — جنديان بجروح خطيرة — its own noun's group kept aside.)
        if (found.Count == 0 || found[^1] is not { Parent: null } head || head.Category != category || !a.SameSentence(head.Last, c.First))
        {
            return null;
        }

        var group = head.PartByNoun ? head.WholeSubgroup : head.Subgroup;
        if (group is FigureSubgroup.All or FigureSubgroup.Other)
        {
            return null;
        }

        var glued = a.Tokens[c.First].Kind == TokenKind.Word && a.Prefix[c.First] == 1 && a.Span(c.First)[0] == 'و';
        var before = glued ? c.First : c.First - 1;
        if (!glued && !(a.IsWord(before) && a.Span(before) is "و") || before - head.Last > 4)
        {
            return null;
        }

        for (var k = head.Last + 1; k < before; k++)
        {
            if (!a.IsWord(k) || a.Info[k] is { } info && (info.Category is not null || info.NumberKind != NumberWordKind.None || info.Has(WordFlags.SubgroupMarker)))
            {
                return null;
            }
        }

        return group;
    }

    // The first word of the share's name before "بـ" and the count at first (والجنوب بـ14، بين محافظة النبطية بـ19): a
    // word joined by و, after a comma or after بين, at most three words back; -1 when the count has no بـ of its own or
    // no such name.
    private static int ShareNamedAt(TextAnalysis a, int first)
    {
        if (first < 2 || !a.IsWord(first - 1) || a.Span(first - 1) is not "ب")
        {
            return -1;
        }

        for (var k = first - 2; k >= 1 && k >= first - 4 && a.IsWord(k) && a.Info[k] is not { Category: not null }; k--)
        {
            if (a.Prefix[k] == 1 && a.Span(k)[0] == 'و' || a.Tokens[k - 1] is { Kind: TokenKind.Comma, Char: ',' or '،' } || a.Has(k - 1, WordFlags.Between))
            {
                return k;
            }
        }

        return -1;
    }

    // من بين الشهداء: ⏎ - 15 ألفا و400 طفل ⏎ - 10 آلاف امرأة: a list line that is only its count and noun, under a list
    // line that opened with its count, copies that line's head (category, and the toll it is a part of).
    private static bool BulletListItem(TextAnalysis a, int headFirst, int nounEnd)
    {
        var opensLine = headFirst >= 2 && a.Tokens[headFirst - 1] is { Kind: TokenKind.Comma or TokenKind.Mark, Char: '-' or '•' or '*' } && a.Tokens[headFirst - 2].IsBreak;
        return opensLine && (nounEnd + 1 >= a.Count || a.Tokens[nounEnd + 1].IsBreak || a.Tokens[nounEnd + 1] is { Kind: TokenKind.Comma, Char: '؛' or ';' });
    }

    /// <summary>
    /// For a count right after a colon (on its line, or opening a list line under a header ending with one): the category
    /// of the definite plural casualty noun the header names within eight words before the colon with no count of its
    /// own (وتوزع الجرحى على النحو التالي:), or null.
    /// </summary>
    private static FigureCategory? HeaderNoun(TextAnalysis a, int first)
    {
        var colon = first - 1;
        while (colon >= 0 && colon >= first - 3 && (a.Tokens[colon].IsBreak || a.Tokens[colon] is { Kind: TokenKind.Comma or TokenKind.Mark, Char: '-' or '•' or '*' }))
        {
            colon--;
        }

        if (colon < 0 || a.Tokens[colon] is not { Kind: TokenKind.Comma, Char: ':' })
        {
            return null;
        }

        // (Words only, eight at most; a count, a comma or a line's end before the noun means the header names none.)
        for (int k = colon - 1, words = 0; k >= 0 && words < 8; k--)
        {
            if (a.Tokens[k].Kind != TokenKind.Word)
            {
                if (a.Tokens[k].IsBreak || a.Tokens[k].Kind is TokenKind.Number or TokenKind.Comma)
                {
                    return null;
                }
            }
            else if (++words > 0 && a.Info[k] is { } info)
            {
                if (info.NumberKind != NumberWordKind.None)
                {
                    return null;
                }

                if (info is { Category: { } category, Role: CueRole.Noun, Count: 0 } && a.HasArticle(k))
                {
                    return category;
                }
            }
        }

        return null;
    }

    // في منطقة جبلة، على جبهة لبنان، بإقليم تارودانت، جراء القصف, خلال الهجوم
    private static bool ModifierFollows(TextAnalysis a, int k) =>
        a.IsWord(k) && (a.Is(k, WordRole.ShareModifier) && a.Prefix[k] == 0 || a.Span(k) is ['ب', _, _, _, ..] and not "بينما" && !a.Has(k, WordFlags.SubgroupMarker) && a.Info[k] is not { Category: not null });

    /// <summary>
    /// The subgroup named inside the toll phrase that leads to the count: the nearest casualty noun or toll word before
    /// it in the sentence, then (within a few words) a group in construct (قتلى الجيش، قتلى العسكريين), after في صفوف /
    /// من / وسط / بين / ضمن, or a group phrase (طواقم الإسعاف). Another count, a casualty verb or a subgroup marker on
    /// the way ends the search; a count joined by و to one that took its head's group shares it.
    /// </summary>
    private static FigureSubgroup? TollHeadSubgroup(TextAnalysis a, int first, List<Candidate> found)
    {
        var previous = found.Count > 0 ? found[^1] : null;
        for (int k = first - 1, words = 0; k >= 0 && words < 10 && a.SameSentence(k, first); k--)
        {
            var t = a.Tokens[k];
            if (previous is not null && previous.Last == k)
            {
                return previous.HeadSubgroup && words <= 1 && (words == 0 ? a.Prefix[first] == 1 && a.Span(first)[0] == 'و' || a.IsWord(first) && a.Span(first)[0] == 'و' : a.Span(k + 1) is "و") ? previous.Subgroup : null;
            }

            if (t.IsBreak || t.Kind == TokenKind.Number && !(a.IsWord(k - 1) && a.Span(k - 1).EndsWith("ال")))
            {
                return null;
            }

            if (t.Kind != TokenKind.Word)
            {
                continue;
            }

            words++;
            if (a.Has(k, WordFlags.SubgroupMarker))
            {
                return null;
            }

            if (a.Info[k] is not { } info)
            {
                continue;
            }

            if (info.Category is not null && info.Role != CueRole.Noun && !info.Precedes)
            {
                return null;
            }

            if (info.Category is not null && info.Role == CueRole.Noun && a.Is(k, WordRole.OwnMembers) && BodyBefore(a, k) is { } own)
            {
                // أعلن الجيش ... عدد قتلاه إلى 260: "its dead" are the people of the body named before.
                return own;
            }

            if (info.Category is not null && info.Role == CueRole.Noun || info.Has(WordFlags.Toll))
            {
                return GroupAfterHead(a, k + 1, first);
            }
        }

        return null;
    }

    // The group a sentence opening with حول / بخصوص / بشأن names before its first comma, or null.
    private static FigureSubgroup? TopicSubgroup(TextAnalysis a, int first)
    {
        // (The opening is looked for within 40 tokens back: time stays linear on a sentence of any length.)
        var w = first;
        while (w > 0 && a.Sentence[w - 1] == a.Sentence[first] && first - w < 40)
        {
            w--;
        }

        if (w > 0 && a.Sentence[w - 1] == a.Sentence[first])
        {
            return null;
        }

        while (w < first && !a.IsWord(w))
        {
            w++;
        }

        if (!a.Has(w, WordFlags.Regarding) || a.Prefix[w] > 1)
        {
            return null;
        }

        for (var j = w + 1; j < first && j <= w + 6 && a.IsWord(j); j++)
        {
            if (a.PhraseAt[j] is { Kind: PhraseKind.Subgroup, Subgroup: not (FigureSubgroup.All or FigureSubgroup.Other) } group)
            {
                return group.Subgroup;
            }

            if (a.Info[j] is { IsPerson: true, Subgroup: not (FigureSubgroup.All or FigureSubgroup.Other) } person)
            {
                return person.Subgroup;
            }
        }

        return null;
    }

    // The nationality adjective (a person noun of no group with a demonym) right after the casualty noun or toll word that
    // heads the count's toll phrase in its sentence (عدد الشهداء الفلسطينيين إلى 38), or null.
    private static string? TollHeadDemonym(TextAnalysis a, int first)
    {
        for (int k = first - 1, words = 0; k >= 0 && words < 10 && a.SameSentence(k, first); k--)
        {
            var t = a.Tokens[k];
            if (t.IsBreak || t.Kind == TokenKind.Number || a.Has(k, WordFlags.SubgroupMarker))
            {
                return null;
            }

            if (t.Kind != TokenKind.Word || a.Info[k] is not { } info)
            {
                words += t.Kind == TokenKind.Word ? 1 : 0;
                continue;
            }

            words++;
            if (info.Category is not null && info.Role != CueRole.Noun && !info.Precedes)
            {
                return null;
            }

            if ((info.Category is not null && info.Role == CueRole.Noun) || info.Has(WordFlags.Toll))
            {
                // (Right after the head and not singular: ضحايا القصف الإسرائيلي names the attacker's side, not the victims'.)
                return k + 1 < first && a.Info[k + 1] is { IsPerson: true, Subgroup: FigureSubgroup.All, Demonym: { } land, Count: not 1 } ? land : null;
            }
        }

        return null;
    }

    // في صفوف + a group at token k (في صفوف الشرطة، في صفوف المدنيين), or null.
    private static FigureSubgroup? InRanksOf(TextAnalysis a, int k) =>
        k + 2 < a.Limit && a.IsWord(k) && a.Span(k) is "في" && a.IsWord(k + 1) && a.Span(k + 1) is "صفوف" ? GroupAfterHead(a, k + 2, k + 3) : null;

    private static FigureSubgroup? GroupAfterHead(TextAnalysis a, int j, int first)
    {
        for (var end = Math.Min(first, j + 4); j < end; j++)
        {
            if (!a.IsWord(j))
            {
                return null;
            }

            var span = a.Span(j);
            if (span is "في" && a.IsWord(j + 1) && a.Span(j + 1) is "صفوف")
            {
                j++;
                continue;
            }

            if (span is "من" or "وسط" or "بين" or "ضمن" or "صفوف")
            {
                continue;
            }

            if (a.Has(j, WordFlags.Severity))
            {
                // عدد الإصابات الحرجة إلى 23: a severity of the toll, a part when the article gives the whole.
                return FigureSubgroup.Other;
            }

            if (span is "عايله" or "عايلات" or "اسره" or "عايلتي")
            {
                // عدد شهداء عائلة العايدي: one family's dead, a part when the article gives a larger toll.
                return FigureSubgroup.Other;
            }

            if (a.PhraseAt[j] is { Kind: PhraseKind.Subgroup } phrase)
            {
                return phrase.Subgroup is FigureSubgroup.All or FigureSubgroup.Other ? null : phrase.Subgroup;
            }

            if (a.Info[j] is { IsPerson: true, Subgroup: FigureSubgroup.All, Demonym: not null })
            {
                // ضحايا القصف الإسرائيلي في قطاع الصحة: a nationality adjective, not the group.
                continue;
            }

            if (a.Info[j] is { IsPerson: true } person)
            {
                return person.Subgroup is FigureSubgroup.All or FigureSubgroup.Other ? null : person.Subgroup;
            }

            if (a.Info[j] is { } other && (other.Category is not null || other.Has(WordFlags.Toll) || other.NumberKind != NumberWordKind.None))
            {
                return null;
            }
        }

        return null;
    }

    // يخشى أن يكون 74 شخصا قد لقوا حتفهم: "قد" before the verb after the count.
    private static bool PastPerfectBefore(TextAnalysis a, int last)
    {
        for (var k = last; k >= 0 && k >= last - 6; k--)
        {
            if (a.IsWord(k) && a.Span(k) is "قد")
            {
                return true;
            }
        }

        return false;
    }

    private enum NounKind
    {
        Bare,
        Casualty,
        Person,
        Case,
        Unknown,
        Blocked,
    }

    private static NounKind ReadNoun(TextAnalysis a, int k, bool vague, ref FigureCategory? category, ref FigureSubgroup subgroup, out int end, out string? demonym)
    {
        end = k;
        demonym = null;
        if (!a.IsWord(k))
        {
            return a.Tokens[k].Kind == TokenKind.Number ? NounKind.Blocked : NounKind.Bare;
        }

        if (a.PhraseAt[k] is { } phrase)
        {
            switch (phrase.Kind)
            {
                case PhraseKind.Casualty when phrase.Role == CueRole.Noun:
                    category = phrase.Category;
                    end = a.PhraseEnd[k];
                    return NounKind.Casualty;
                case PhraseKind.Subgroup:
                    subgroup = phrase.Subgroup;
                    end = a.PhraseEnd[k];
                    return NounKind.Person;
                case PhraseKind.Month:
                    return NounKind.Blocked;
            }
        }

        var info = a.Info[k];
        if (info is null)
        {
            return NounKind.Unknown;
        }

        // Articles are allowed on the noun only after a vague quantifier (عشرات القتلى، آلاف الأشخاص).
        var article = a.HasArticle(k);
        if (article && !vague && !(a.Has(k - 1, WordFlags.Of) && a.Span(k - 1) is "من"))
        {
            return info.Has(WordFlags.Blocker) ? NounKind.Blocked : NounKind.Bare;
        }

        if (!a.IsBareOrConjoined(k) && !article)
        {
            // إلى 36 باستشهاد الطفل: a casualty verb or verbal noun behind a preposition tells how the count was reached; it is
            // not the counted noun.
            return info.Category is not null && info.Role != CueRole.Noun ? NounKind.Bare : NounKind.Unknown;
        }

        // مقتل أربعة وإصابة 20: a noun joined by و starts the next clause (a dual noun is its own count: وامرأتين).
        if (a.Prefix[k] == 1 && !vague)
        {
            return info.Has(WordFlags.Blocker) ? NounKind.Blocked : NounKind.Bare;
        }

        if (info.Has(WordFlags.Month))
        {
            return NounKind.Blocked;
        }

        if (info.Category is { } cat && info.Role == CueRole.Noun)
        {
            category = cat;
            if (info.Has(WordFlags.Body) && BodiesOfCaptives(a, k + 1))
            {
                // 28 جثة لرهائن متوفين / جثث الأسرى: bodies of hostages or prisoners handed over are not a toll.
                return NounKind.Blocked;
            }

            if (info.Has(WordFlags.Body) && subgroup == FigureSubgroup.All)
            {
                // 26 جثة عثر عليها: bodies found are a part of a toll.
                subgroup = FigureSubgroup.Other;
            }

            return NounKind.Casualty;
        }

        if (info.IsPerson)
        {
            subgroup = info.Subgroup!.Value;
            demonym = info.Demonym;
            return NounKind.Person;
        }

        if (info.Has(WordFlags.Case))
        {
            if (a.Info[k + 1 < a.Count ? k + 1 : k] is { Category: { } caseCategory } && k + 1 < a.Count && a.IsBareOrConjoined(k + 1))
            {
                category = caseCategory == FigureCategory.Killed ? FigureCategory.Killed : FigureCategory.Injured;
                end = k + 1;
                return NounKind.Casualty;
            }

            return NounKind.Case;
        }

        // 38 من المقاتلين / 6 آلاف من المصابين / 615 من المدنيين
        if (info.Has(WordFlags.Of) && a.Span(k) is "من" && a.IsWord(k + 1))
        {
            var next = k + 1;
            if (a.PhraseAt[next] is { Kind: PhraseKind.Subgroup } sub)
            {
                subgroup = sub.Subgroup;
                end = a.PhraseEnd[next];
                return NounKind.Person;
            }

            if (a.Info[next] is { } ofInfo)
            {
                if (ofInfo.Category is { } ofCategory && ofInfo.Role == CueRole.Noun)
                {
                    category = ofCategory;
                    end = next;
                    return NounKind.Casualty;
                }

                if (ofInfo.IsPerson)
                {
                    subgroup = ofInfo.Subgroup!.Value;
                    demonym = ofInfo.Demonym;
                    end = next;
                    return NounKind.Person;
                }
            }

            return NounKind.Bare;
        }

        if (info.Has(WordFlags.Blocker) || info.Has(WordFlags.Weekday))
        {
            return NounKind.Blocked;
        }

        return info.Category is not null || info.NumberKind != NumberWordKind.None || info.Flags != WordFlags.None || info.Phrases is not null
            ? NounKind.Bare
            : NounKind.Unknown;
    }

    // لرهائن، الرهائن، لأسرى، المحتجزين: the captives whose bodies are counted.
    private static bool BodiesOfCaptives(TextAnalysis a, int k)
    {
        return a.Is(k, WordRole.Captive) && a.Prefix[k] != 0;
    }

    /// <summary>An adjective after the noun: جرحى مدنيين (subgroup), جنديا إسرائيليا (demonym), جندي احتياطي (not a toll).</summary>
    private static bool FollowingAdjective(TextAnalysis a, int k, ref FigureSubgroup subgroup, Candidate c)
    {
        if (!a.IsWord(k) || a.Info[k] is not { } info || a.Prefix[k] != 0)
        {
            return false;
        }

        if (a.PhraseAt[k] is { Kind: PhraseKind.Subgroup } phrase && subgroup == FigureSubgroup.All)
        {
            // عدد من أفراد طواقم الإسعاف
            subgroup = phrase.Subgroup;
            c.Last = Math.Max(c.Last, a.PhraseEnd[k]);
            return true;
        }

        if (info.IsPerson && !info.Has(WordFlags.Others) && info.Count != 2)
        {
            if (subgroup == FigureSubgroup.All && info.Subgroup != FigureSubgroup.All)
            {
                subgroup = info.Subgroup!.Value;
            }

            c.Demonym ??= info.Demonym;
            c.Last = Math.Max(c.Last, k);
            return true;
        }

        if (info.Demonym is not null)
        {
            c.Demonym ??= info.Demonym;
            return true;
        }

        return false;
    }

    private static int ForwardHedge(TextAnalysis a, int k, Candidate c, bool dual)
    {
        if (k < a.Count && a.PhraseAt[k] is { Kind: PhraseKind.Hedge } h && h.Qualifier is FigureQualifier.AtLeast or FigureQualifier.About && a.Span(k) is not "نحو" and not "حوالي"
            && !StartsNumber(a, a.PhraseEnd[k] + 1))
        {
            if (c.Qualifier == FigureQualifier.Exact)
            {
                c.Qualifier = h.Qualifier;
            }

            c.Last = Math.Max(c.Last, a.PhraseEnd[k]);
            return dual ? k : NextContent(a, a.PhraseEnd[k] + 1);
        }

        return k;
    }

    // فارق ثلاثة مرضى الحياة: "left" right before the count and "the life" right after its noun.
    private static bool LeftLifeAround(TextAnalysis a, int first, int after) =>
        first > 0 && a.IsBare(first - 1, WordRole.LeftLife) && a.Is(after, WordRole.Life) && a.HasArticle(after);

    /// <summary>A casualty verb or idiom right after the counted noun (قتلوا، لقوا حتفهم، في عداد المفقودين، بجروح).</summary>
    // حصيلة القتلى، عدد الشهداء: a toll word and the definite casualty noun it names.
    private static bool TollNamedAt(TextAnalysis a, int k) =>
        a.IsWord(k) && a.Info[k] is { Category: null } toll && toll.Has(WordFlags.Toll) && k + 1 < a.Limit
        && a.Info[k + 1] is { Category: not null, Role: CueRole.Noun } && a.HasArticle(k + 1);

    private static FigureCategory? ForwardCue(TextAnalysis a, int k, bool risen, out int end, out bool skippedList)
    {
        end = k;
        skippedList = false;
        for (int step = 0, listed = 0; step < 4 && k < a.Limit; step++, k++)
        {
            var t = a.Tokens[k];
            if (skippedList)
            {
                // A breakdown's items (ومسعفان اثنان وناشط إعلامي وعنصران من الدفاع المدني) do not use up the steps; the
                // list is read up to 24 tokens.
                if (++listed > 24)
                {
                    return null;
                }

                step = Math.Min(step, -1);
            }

            if (t.Kind == TokenKind.Comma && (a.Has(k + 1, WordFlags.SubgroupMarker) || a.IsWord(k + 1) && a.Span(k + 1) is "من" && a.Has(k + 2, WordFlags.SubgroupMarker)) && !skippedList)
            {
                // خمسة مدنيين على الأقل، بينهم ثلاثة أطفال، استشهدوا / 37 فلسطينيا، من بينهم 11 طفلا، استشهدوا
                continue;
            }

            if (t.Kind is TokenKind.Comma or TokenKind.Number && skippedList && step < 0)
            {
                // (ارتفعت إلى 212، بينهم 40 طفلا، حصيلة القتلى: a comma closing the breakdown right before the toll's name
                // keeps the rise; any other comma ends it.)
                risen &= t.Kind != TokenKind.Comma || TollNamedAt(a, k + 1);
                continue;
            }

            if (t.IsBreak || t.Kind == TokenKind.Comma || t.Kind == TokenKind.Number)
            {
                return null;
            }

            if (t.Kind != TokenKind.Word)
            {
                continue;
            }

            if (skippedList && step < 0 && (a.Info[k] is { NumberKind: not NumberWordKind.None } or { IsPerson: true } || a.Span(k) is "و"))
            {
                // the list's own counts and nouns
                continue;
            }

            if (a.PhraseAt[k] is { Kind: PhraseKind.Casualty, Role: CueRole.After } p)
            {
                end = a.PhraseEnd[k];
                return p.Category;
            }

            if (step <= 2 && !skippedList && AmongTheTollAt(a, k + 1))
            {
                // ثلاثة أطفال كانوا بين القتلى / ثلاثة من عمال الإغاثة كانوا بين قتلى غزة: "among the dead" after the
                // count names the toll it is a part of.
                end = k + 1;
                return a.Info[k + 1]!.Category;
            }

            if (a.Info[k] is not { } info)
            {
                continue;
            }

            // ارتفع إلى 51 عدد الشهداء / ارتفع إلى 51 بينهم 8 أطفال ... عدد الشهداء: the toll the risen count is the value
            // of, named after it (and after its breakdown).
            // (Not past a comma or another rise: 10328 شخصا بينهم 4237 طفلا، فيما بلغ عدد الجرحى is the injured's toll.)
            risen &= !info.Has(WordFlags.Rise);
            if (risen && (step == 0 || skippedList) && TollNamedAt(a, k))
            {
                end = k + 1;
                return a.Info[k + 1]!.Category;
            }

            if (info.Category is { } cat && info.Role == CueRole.After)
            {
                end = k;
                return cat;
            }

            if (info.Has(WordFlags.Wounds) && step <= 1)
            {
                end = k;
                return FigureCategory.Injured;
            }

            // نقل 338 شخصا إلى المستشفى
            if (info.Has(WordFlags.Hospital) && step <= 2 && k > 0 && a.Has(k - 1, WordFlags.To))
            {
                end = k;
                return FigureCategory.Injured;
            }

            // 83 عنصرا من مليشيات الحوثي الإيرانية مصرعهم: look past an of-phrase.
            if (info.Has(WordFlags.Of) && a.Span(k) is "من" && step <= 1)
            {
                step -= 3;
                continue;
            }

            // تعرض 3193 جنديا للإصابة / تعرض 36 آخرون لإصابات
            if (info.Category is { } lCat && (info.Role is CueRole.Before or CueRole.Noun || info.Precedes) && a.PrefixOf(k) is "لل" or "ل")
            {
                end = k;
                return lCat;
            }

            // 610 أشخاص بينهم 38 امرأة و17 طفلا استشهدوا: look past the list.
            if (info.Has(WordFlags.SubgroupMarker) && step < 3 && !skippedList)
            {
                skippedList = true;
                step -= 8;
                continue;
            }

            if (info.Role == CueRole.Before || info.Precedes || info.Has(WordFlags.SubgroupMarker) || info.NumberKind != NumberWordKind.None)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// The nearest casualty cue before the count in its sentence, or the nearest earlier figure when that is closer
    /// (then the count continues its list). A non-casualty action in between (اعتقال، استدعاء) stops the search.
    /// </summary>
    private static FigureCategory? BackwardCue(TextAnalysis a, int k, List<Candidate> found, out int cueToken, out Candidate? parent, out FigureSubgroup? cueSubgroup, out bool stopped)
    {
        cueToken = -1;
        parent = null;
        cueSubgroup = null;
        stopped = false;
        var previous = found.Count > 0 ? found[^1] : null;
        var sentence = k + 1 < a.Count ? a.Sentence[k + 1] : -1;
        var tollAt = -1;
        var glued = true;
        var start = k;
        for (var steps = 0; k >= 0 && steps < BackwardReach; k--)
        {
            var t = a.Tokens[k];
            if (a.Sentence[k] != sentence)
            {
                break;
            }

            if (previous is not null && previous.Last == k && glued)
            {
                parent = previous;
                cueToken = k;
                return previous.Category;
            }

            if (t.Kind != TokenKind.Word)
            {
                continue;
            }

            steps++;
            glued = glued && IsListGlue(a, k);
            if (k == start && a.Has(k, WordFlags.Body) && a.Info[k] is { Category: { } bodies })
            {
                // عثر على جثث 53 شخصا
                cueToken = k;
                return bodies;
            }

            // عدد من قتلوا ... إلى 62 / عدد الذين استشهدوا: "those killed" names the toll.
            if (a.Info[k] is { Role: CueRole.After, Category: { } those } && k > 0 && a.IsWord(k - 1) && a.Span(k - 1) is "من" or "الذين" && a.Has(k - 2, WordFlags.Toll))
            {
                cueToken = k;
                return those;
            }

            if (k == start && a.Span(k) is "فقد" or "وفقد" && a.Prefix[k] <= 1)
            {
                // وفُقد 5 آخرون (but فقد 5 أشخاص حياتهم: they lost their lives)
                cueToken = k;
                return LivesLost(a, start + 1) ? FigureCategory.Killed : FigureCategory.Missing;
            }

            if (k == start && a.Span(k) is "عن" && SearchBefore(a, k))
            {
                // لا يزال البحث جاريا عن 19 آخرين
                cueToken = k;
                return FigureCategory.Missing;
            }

            if (a.PhraseAt[k] is { Kind: PhraseKind.Casualty, Role: CueRole.Before } p && a.PhraseEnd[k] < k + 4)
            {
                cueToken = k;
                return p.Category;
            }

            if (a.Info[k] is not { } info)
            {
                continue;
            }

            if (info.Has(WordFlags.NonCasualtyAction))
            {
                stopped = tollAt < 0;
                break;
            }

            if (info.Has(WordFlags.Toll) && tollAt < 0 && !a.Span(k).EndsWith("عدد") && !a.Span(k).EndsWith("اعداد"))
            {
                // الحصيلة 1030 (a bare عدد is any count: عدد 35 اسعاف)
                tollAt = k;
            }

            // A noun with the article names the toll only when close (عدد القتلى 25) or when the value is reached (إلى 5000).
            if (info.Role == CueRole.Before && info.Category is not null && a.HasArticle(k) && k > 0 && a.IsWord(k - 1)
                && (a.Has(k - 1, WordFlags.Strikes) || a.Info[k - 1] is { Role: CueRole.Noun, Category: not null }))
            {
                // عدد الوفيات بحوادث الاختناق إلى خمسة / وفيات الاختناق إلى خمسة: a verbal noun in construct after a plural
                // of events or a casualty noun names their cause; the toll's head is further back.
                continue;
            }

            var nounCue = info.Role == CueRole.Noun && (a.HasArticle(k) || (info.Count == 0 && (a.Has(k - 1, WordFlags.Toll) || Construct(a, k)))) && (steps <= NearCue + 1 || LeadsToValue(a, start + 1) || RisenTollAt(a, k));
            if (info.Category is { } cat && (info.Role == CueRole.Before || (info.Precedes && !a.HasArticle(k)) || nounCue))
            {
                cueToken = k;
                cueSubgroup = TollSubgroup(a, k);
                return Combined(a, k, cat);
            }
        }

        // الحصيلة 1030: a toll with no casualty word is a death toll.
        if (tollAt >= 0)
        {
            cueToken = tollAt;
            return FigureCategory.Killed;
        }

        return null;
    }

    // 149 قتيلا و204 جرحى مدنيين / سبعة شهداء وأربعة جرحى من القطاع الصحي: a modifier after the last of two joined
    // casualty nouns qualifies both.
    private static void ShareTrailingSubgroup(TextAnalysis a, NumberPhrase number, FigureSubgroup subgroup, List<Candidate> found)
    {
        if (found.Count == 0 || found[^1] is not { Rule: "noun", Subgroup: FigureSubgroup.All, Parent: null } previous)
        {
            return;
        }

        var joined = previous.Last + 1 == number.First && a.Tokens[number.First].Kind == TokenKind.Word && a.Span(number.First)[0] == 'و'
            || previous.Last + 2 == number.First && a.IsWord(previous.Last + 1) && a.Span(previous.Last + 1) is "و";
        if (joined)
        {
            previous.Subgroup = subgroup;
        }
    }

    // ضحايا القصف، قتلى الزلزال: a plural casualty noun made definite by the noun after it.
    private static bool Construct(TextAnalysis a, int k) =>
        a.IsBareOrConjoined(k) && (Definite(a, k + 1) || a.IsWord(k + 1) && a.Prefix[k + 1] == 0 && a.Info[k + 1] is not { Category: not null } && Definite(a, k + 2));

    // (جرحى انهيار الجسر: the chain is definite by its last noun)
    private static bool Definite(TextAnalysis a, int k) =>
        a.IsWord(k) && (a.HasArticle(k) || a.Info[k] is null && a.Span(k) is ['ا', 'ل', _, _, ..]) && a.Info[k] is not { Category: not null };

    // (كانوا) بين القتلى / بين قتلى غزة: after a count, "among" and a casualty noun made definite by its article or by
    // the place it is in construct with.
    private static bool AmongTheTollAt(TextAnalysis a, int cue) =>
        cue < a.Limit && a.Info[cue] is { Category: not null, Role: CueRole.Noun } && a.IsWord(cue - 1) && a.Span(cue - 1) is "بين" or "وبين"
        && (a.HasArticle(cue) || cue + 1 < a.Limit && a.PhraseAt[cue + 1] is { Kind: PhraseKind.Place });

    // من بين الشهداء / بين الجرحى: the casualty noun names a toll already given.
    private static bool AmongTheToll(TextAnalysis a, int cue) =>
        cue > 0 && a.Info[cue] is { Role: CueRole.Noun } && a.HasArticle(cue) && a.IsWord(cue - 1) && a.Span(cue - 1) is "بين" or "وبين";

    private static Candidate? LastToll(List<Candidate> found, FigureCategory category)
    {
        for (var i = found.Count - 1; i >= 0; i--)
        {
            if (found[i] is { Parent: null, Subgroup: FigureSubgroup.All } toll && toll.Category == category)
            {
                return toll;
            }
        }

        return null;
    }

    // فقد 5 أشخاص حياتهم
    private static bool LivesLost(TextAnalysis a, int k)
    {
        for (var end = Math.Min(a.Limit, k + 5); k < end && !a.Tokens[k].IsBreak; k++)
        {
            if (a.IsWord(k) && a.Span(k) is "حياتهم" or "حياته" or "حياتها" or "حياتهما" or "ارواحهم")
            {
                return true;
            }
        }

        return false;
    }

    // بحث ... عن / البحث جاريا عن: a search for people.
    private static bool SearchBefore(TextAnalysis a, int k)
    {
        for (var j = k - 1; j >= 0 && j >= k - 5 && !a.Tokens[j].IsBreak; j--)
        {
            var span = a.Span(j);
            if (span.EndsWith("بحث") || span.EndsWith("يبحثون"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The subgroup "others" (آخرون) share: that of the figure before in the paragraph, or of a singular noun earlier in the sentence.</summary>
    private static FigureSubgroup? OthersOfKind(TextAnalysis a, int first, List<Candidate> found, bool acrossReport = false)
    {
        // (A part listed under a toll does not count: مقتل 5 أشخاص بينهم طفلان وإصابة 12 آخرين are others than the 5.)
        if (found.Count > 0 && found[^1] is { } last && (last.Parent ?? last) is var before
            && (a.Paragraph[last.Last] == a.Paragraph[first] || (acrossReport && InPreviousOfReport(a, last.Last, first))))
        {
            return before.Subgroup is not (FigureSubgroup.All or FigureSubgroup.Other) ? before.Subgroup : null;
        }

        for (var k = first - 1; k >= 0 && k >= first - 8 && a.Sentence[k] == a.Sentence[first]; k--)
        {
            if (found.Count > 0 && found[^1].Last == k)
            {
                return null;
            }

            if (a.Info[k] is { IsPerson: true, Count: 1, Subgroup: { } s } && s is not (FigureSubgroup.All or FigureSubgroup.Other) && !a.HasArticle(k))
            {
                return s;
            }
        }

        return null;
    }

    // Token k is in the sentence right before the one of token first, and that one goes on with its report (وأضاف المصدر).
    private static bool InPreviousOfReport(TextAnalysis a, int k, int first)
    {
        var (start, end) = a.SentenceBounds(first, first);
        return ReportFrame.Continues(a, start, end) && ReportFrame.Previous(a, start) is var (ps, pe) && ps <= k && k <= pe;
    }

    /// <summary>Words that may stand between the items of one list (و، من، بينهم، إضافة إلى، فضلا عن، a hedge).</summary>
    private static bool IsListGlue(TextAnalysis a, int k)
    {
        if ((a.Function(k) & FunctionWord.ListGlue) != 0)
        {
            return true;
        }

        if (a.Has(k, WordFlags.SubgroupMarker) || a.Has(k, WordFlags.Severity))
        {
            return true;
        }

        // بينهم 8 أطفال وناشط إعلامي وعنصران: a single person joined to the list (and one word after it, its adjective,
        // unknown or a person word as إعلامي) is an item of it, not the end of it.
        if (SingleJoined(a, k) || (a.Info[k] is null or { IsPerson: true } && a.Prefix[k] == 0 && SingleJoined(a, k - 1)))
        {
            return true;
        }

        // Inside a hedge phrase (على الأقل، أكثر من، نحو).
        for (var s = k; s >= 0 && s >= k - 3; s--)
        {
            if (a.PhraseAt[s] is { Kind: PhraseKind.Hedge } && a.PhraseEnd[s] >= k)
            {
                return true;
            }
        }

        return false;
    }

    private static bool SingleJoined(TextAnalysis a, int k) =>
        a.IsWord(k) && a.Info[k] is { IsPerson: true, Count: 1 } && a.Prefix[k] == 1 && a.Span(k)[0] == 'و';

    // مقتل وإصابة 9 أشخاص / قتل وجرح العشرات: killed and injured together.
    private static FigureCategory Combined(TextAnalysis a, int k, FigureCategory category)
    {
        if (category == FigureCategory.Injured && a.Prefix[k] >= 1 && a.Span(k)[0] == 'و' && k >= 1 && a.IsWord(k - 1)
            && a.Info[k - 1] is { Category: FigureCategory.Killed } killed && (killed.Role == CueRole.Before || killed.Precedes)
            && !(k >= 2 && a.Info[k - 2] is { } before && (before.IsPerson || before.Category is not null)) && !(k >= 2 && a.Tokens[k - 2].Kind == TokenKind.Number))
        {
            return FigureCategory.Casualties;
        }

        return category;
    }

    // عدد القتلى من جنوده وضباطه ارتفع إلى 600
    private static FigureSubgroup? TollSubgroup(TextAnalysis a, int k)
    {
        if (a.Info[k] is not { Role: CueRole.Noun })
        {
            // قتلت القوات الإسرائيلية 59 فلسطينيا: after a verb the next noun is its subject, not the victims.
            return null;
        }

        var next = k + 1;
        if (a.IsWord(next) && a.Span(next) is "من" && a.IsWord(next + 1) && a.Info[next + 1] is { IsPerson: true } p && p.Subgroup != FigureSubgroup.All)
        {
            return p.Subgroup;
        }

        return a.IsWord(next) && a.Info[next] is { IsPerson: true, Count: 0 } adj && adj.Subgroup != FigureSubgroup.All && a.HasArticle(next) ? adj.Subgroup : null;
    }

    // يُخشى أن يرتفع العدد إلى 10 آلاف: a fear, not a figure.
    private static bool ProjectionBefore(TextAnalysis a, int first)
    {
        for (var k = first - 1; k >= 0 && k >= first - 8; k--)
        {
            if (a.Tokens[k].IsBreak)
            {
                return false;
            }

            if (a.Has(k, WordFlags.Projection))
            {
                return true;
            }
        }

        return false;
    }

    private static bool SubgroupMarkerBefore(TextAnalysis a, int first)
    {
        for (var k = first - 1; k >= 0 && k >= first - 3; k--)
        {
            if (a.Tokens[k].IsBreak)
            {
                return false;
            }

            if (a.Has(k, WordFlags.SubgroupMarker) || k == first - 1 && a.Span(k) is "هم" or "وهم" or "هن" or "وهن")
            {
                // (5 أطفال هم 4 أشقاء وطفلة: "they are" splits the toll like بينهم)
                return true;
            }

            if (a.Tokens[k].Kind == TokenKind.Word && a.Span(k) is not "من" and not "و")
            {
                return false;
            }
        }

        return false;
    }

    // اثنين من الجرحى الستة في حالة خطيرة / إصابات 11 منهم خطيرة / 4 حالات خطيرة
    private static bool SeverityFollows(TextAnalysis a, int last)
    {
        for (var k = last + 1; k < a.Count && k <= last + 5; k++)
        {
            if (a.Tokens[k] is { Kind: TokenKind.Mark, Char: '"' })
            {
                // بأنها "حرجة": a quoted severity.
                continue;
            }

            if (a.Tokens[k].Kind != TokenKind.Word)
            {
                return false;
            }

            if (a.Has(k, WordFlags.Severity))
            {
                return true;
            }

            // (حالة 200 من المصابين بأنها حرجة: "described as" glues the severity on.)
            var glue = a.Is(k, WordRole.SeverityGlue) && a.Prefix[k] == 0 || a.Is(k, WordRole.DescribedAs) && a.PrefixOf(k) is "ب"
                || (a.Info[k] is { NumberKind: not NumberWordKind.None } && a.HasArticle(k));
            if (!glue && !a.Has(k, WordFlags.Wounds) && !a.Has(k, WordFlags.Case) && !(a.Info[k] is { Category: FigureCategory.Injured }) && !a.Span(k).StartsWith("حالت"))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>إلى / بلغ / الحصيلة right before the count: a toll named earlier reaches this value.</summary>
    // وبلغ عدد الجنود القتلى منذ السابع من أكتوبر 700 جندي: the casualty noun of a toll that a rise verb opens (past the toll
    // word and a person noun), so the count after the toll's span is its value.
    private static bool RisenTollAt(TextAnalysis a, int k)
    {
        for (var j = k - 1; j >= 0 && j >= k - 3 && a.IsWord(j); j--)
        {
            if (a.Has(j, WordFlags.Rise))
            {
                return true;
            }

            if (!a.Has(j, WordFlags.Toll) && a.Info[j] is not { IsPerson: true })
            {
                return false;
            }
        }

        return false;
    }

    private static bool LeadsToValue(TextAnalysis a, int first)
    {
        for (var k = first - 1; k >= 0 && k >= first - 2; k--)
        {
            if (a.Tokens[k].Kind != TokenKind.Word)
            {
                return false;
            }

            if (a.Has(k, WordFlags.To) || a.Has(k, WordFlags.Rise) || (a.Has(k, WordFlags.Toll) && !a.Span(k).EndsWith("عدد")))
            {
                return true;
            }

            if (a.Info[k] is { Category: not null, Role: CueRole.Noun } && a.HasArticle(k))
            {
                return true;
            }
        }

        return false;
    }

    private static int Distance(TextAnalysis a, int from, int to)
    {
        var words = 0;
        for (var k = Math.Max(from, 0) + 1; k < to; k++)
        {
            if (a.Tokens[k].Kind is TokenKind.Word or TokenKind.Number)
            {
                words++;
            }
        }

        return words + 1;
    }

    private static int NextContent(TextAnalysis a, int k)
    {
        while (k < a.Count && a.Tokens[k].Kind == TokenKind.Mark && a.Tokens[k].Char is '"' or '(' or ')' or '\'')
        {
            k++;
        }

        return k;
    }

    // الـ + digits is an ordinal (اليوم الـ33، الـ24 ساعة) or a count named before (من بين الـ10 آلاف قتيل المتبقين) unless
    // the value is reached (إلى الـ45), hedged (قرابة الـ50) or given right after the toll it is the value of (بلغ عدد المصابين الـ 1500; not وللشهداء الـ 25 الذين).
    private static bool CountAfterArticle(TextAnalysis a, int article) =>
        article > 0 && (a.Has(article - 1, WordFlags.Rise) || a.Has(article - 1, WordFlags.To) || a.PhraseEnd[article - 1] == article - 1 && a.PhraseAt[article - 1] is { Kind: PhraseKind.Hedge }
            || (article > 1 && TollNamedAt(a, article - 2)));

    // A person or casualty noun, bare, right after digits: what they count (منذ السابع من أكتوبر 700 جندي is no date).
    private static bool CountedNounAt(TextAnalysis a, int k) =>
        k < a.Count && a.IsBareOrConjoined(k) && a.Info[k] is { } noun && (noun.IsPerson || noun is { Category: not null, Role: CueRole.Noun });

    /// <summary>Counts that are dates, times, ordinals, percentages, ages or parts of other numbers.</summary>
    private static bool IsNotACount(TextAnalysis a, NumberPhrase n)
    {
        var first = a.Tokens[n.First];
        if (first.Kind == TokenKind.Number)
        {
            var prev = n.First - 1;
            if (prev >= 0)
            {
                var p = a.Tokens[prev];
                if (p.Kind == TokenKind.Word && (p.End == first.Start || a.Span(prev) is "ال") && !(DetachedArticle(a, prev) && CountAfterArticle(a, prev)))
                {
                    var attached = a.Span(prev);
                    if (attached.EndsWith("ال") || attached is "لل")
                    {
                        return true;
                    }
                }

                if (p.Kind == TokenKind.Mark && p.Char is '/' or '%' || p.Kind == TokenKind.Comma && p.Char == ':' && prev > 0 && a.Tokens[prev - 1].Kind == TokenKind.Number && a.Tokens[prev - 1].End == p.Start)
                {
                    return true;
                }

                if (a.Info[prev] is { } pi && ((pi.Has(WordFlags.Month) && !CountedNounAt(a, n.Last + 1)) || a.Span(prev) is "عام" or "العام" or "سنه" or "الساعه" or "رقم" or "عمر" or "العمر" or "بعمر" or "عمره"))
                {
                    return true;
                }
            }

            var next = n.Last + 1;
            if (next < a.Count)
            {
                var x = a.Tokens[next];
                if (x.Start == a.Tokens[n.Last].End && x.Kind == TokenKind.Mark && x.Char is '/' or '%' or '\u066A')
                {
                    return true;
                }

                if (x.Kind == TokenKind.Mark && x.Char == '%')
                {
                    return true;
                }

                if (x.Kind == TokenKind.Comma && x.Char == ':' && next + 1 < a.Count && a.Tokens[next + 1].Kind == TokenKind.Number && a.Tokens[next + 1].Start == x.End)
                {
                    return true;
                }

                if (a.IsWord(next) && a.Span(next) is "في" && a.IsWord(next + 1) && a.Span(next + 1) is "المئه" or "المائه" or "الميه" or "المايه")
                {
                    return true;
                }
            }

            // A bare year (1990-2100) with no noun is a date (بلغ 2056 جريحا is a count).
            if (n.First == n.Last && n.Value is >= 1900 and <= 2100 && a.Span(n.First).Length == 4
                && !(a.IsWord(n.Last + 1) && a.Info[n.Last + 1] is { } noun && (noun.IsPerson || noun.Category is not null)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// تحت الركام / تحت الأنقاض a few words after the count (not من تحت: bodies taken from the rubble are dead).
    /// </summary>
    private static bool UnderRubble(TextAnalysis a, int last)
    {
        for (int k = last + 1, words = 0; k + 1 < a.Limit && words < 5; k++)
        {
            var t = a.Tokens[k];
            if (t.IsBreak || t.Kind is TokenKind.Comma or TokenKind.Number)
            {
                return false;
            }

            if (t.Kind != TokenKind.Word)
            {
                continue;
            }

            words++;
            if (a.Span(k) is "تحت" && !(a.IsWord(k - 1) && a.Span(k - 1) is "من") && a.IsWord(k + 1) && a.Span(k + 1) is "الركام" or "الانقاض" or "ركام" or "انقاض")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>عشرات القتلى والجرحى: a vague count shared by two coordinated casualty nouns.</summary>
    private static void AddCoordinatedVague(TextAnalysis a, Candidate c, CandidateList found)
    {
        if (c.Qualifier != FigureQualifier.Vague)
        {
            return;
        }

        var k = c.Last + 1;
        if (!a.IsWord(k) || a.Info[k] is not { Category: { } cat, Role: CueRole.Noun } || cat == c.Category || !a.Span(k).StartsWith("و"))
        {
            return;
        }

        var coordinated = found.Rent(c.Number);
        coordinated.Qualifier = c.Qualifier;
        coordinated.Category = cat;
        coordinated.Subgroup = c.Subgroup;
        coordinated.First = c.First;
        coordinated.Last = k;
        coordinated.Rule = "vague-coordinated";
        coordinated.Demonym = c.Demonym;
        found.Add(coordinated);
        c.Last = k;
    }
}
