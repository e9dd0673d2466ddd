using System.Runtime.InteropServices;
using CasualtyDashboard.Extraction.Languages.Arabic;
using CasualtyDashboard.Extraction.Tokenization;

namespace CasualtyDashboard.Extraction.Attribution;

/// <summary>Every authority and place named in the article body, in text order.</summary>
internal sealed class Mentions
{
    /// <summary>Added to the strength of an issuer next to an attribution word (قالت وزارة الصحة).</summary>
    public const int Speaker = 10;

    /// <summary>Strength of an issuer a tally rests on (استنادا إلى): the figure's source only when its sentence names no other.</summary>
    public const int Weak = 1;

    public List<Mention> Authorities { get; } = [];

    public List<Mention> Places { get; } = [];

    // Per paragraph: whether its first word continues a speaker (وأضاف، وقال، كما أشار) — an empty paragraph does too.
    // The buffer is kept from article to article; the article has _paragraphs of them.
    private bool[] _speech = [];
    private int _paragraphs;

    /// <summary>
    /// The range [From, To) of <paramref name="list"/> (mentions in text order) whose first token has
    /// <paramref name="value"/> in <paramref name="group"/> (<see cref="TextAnalysis.Sentence"/> or
    /// <see cref="TextAnalysis.Paragraph"/>, which never decrease along the text): found by halving, not by reading every
    /// mention of the article for every figure.
    /// </summary>
    public static (int From, int To) Within(List<Mention> list, int[] group, int value)
    {
        var mentions = CollectionsMarshal.AsSpan(list);
        int lo = 0, hi = mentions.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (group[mentions[mid].First] < value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        var from = lo;
        hi = mentions.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (group[mentions[mid].First] <= value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return (from, lo);
    }

    /// <summary>How many of <paramref name="list"/>'s mentions (in text order) start before token <paramref name="token"/>.</summary>
    public static int Before(List<Mention> list, int token)
    {
        var mentions = CollectionsMarshal.AsSpan(list);
        int lo = 0, hi = mentions.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (mentions[mid].First < token)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    // Per place, the nearest place named by name at or before it and at or after it (RegionResolver.IsNamed).
    private int[] _namedBefore = [];
    private int[] _namedAfter = [];

    /// <summary>The index of the last place named by name at or before place <paramref name="place"/>, or -1.</summary>
    public int NamedPlaceAtOrBefore(int place) => _namedBefore[place];

    /// <summary>The index of the first place named by name at or after place <paramref name="place"/>, or the place count.</summary>
    public int NamedPlaceAtOrAfter(int place) => _namedAfter[place];

    private void IndexNamedPlaces()
    {
        var n = Places.Count;
        if (_namedBefore.Length < n)
        {
            (_namedBefore, _namedAfter) = (new int[Math.Max(n, _namedBefore.Length * 2)], new int[Math.Max(n, _namedBefore.Length * 2)]);
        }

        for (int p = 0, named = -1; p < n; p++)
        {
            named = RegionResolver.IsNamed(Places[p]) ? p : named;
            _namedBefore[p] = named;
        }

        for (int p = n - 1, named = n; p >= 0; p--)
        {
            named = RegionResolver.IsNamed(Places[p]) ? p : named;
            _namedAfter[p] = named;
        }
    }

    /// <summary>The strength of the Gaza and of the West Bank places named, summed over the article.</summary>
    public (int Gaza, int WestBank) PalestineStrength { get; private set; }

    /// <summary>The first place named that is not Israel, or null.</summary>
    public Mention? FirstNotIsrael { get; private set; }

    /// <summary>True when paragraph <paramref name="paragraph"/> opens as reported speech (وأضافت، وأشار، كما قال).</summary>
    public bool OpensAsSpeech(int paragraph) => paragraph >= _paragraphs || _speech[paragraph];

    /// <summary>
    /// The mentions of <paramref name="a"/>, into <paramref name="m"/> (emptied first; its buffers are reused); a shared
    /// place name with no place around it to settle it is the outlet's country, <paramref name="home"/>, when it may be.
    /// </summary>
    public static Mentions Collect(TextAnalysis a, Mentions m, string? home = null)
    {
        m.Authorities.Clear();
        m.Places.Clear();
        m.ParagraphOpenings(a);
        var authorityEnd = -1;
        var carried = -1;
        var (skipped, phrases, traits, flags) = (a.Skipped, a.PhraseAt, a.Traits, a.Flags);
        for (var i = 0; i < a.Limit; i++)
        {
            // Most tokens are none of the four kinds below: passed over in a tight loop.
            while (i < a.Limit && (skipped[i] || (phrases[i] is null && (traits[i] & WordTraits.Land) == 0 && (flags[i] & (WordFlags.MinistryAnaphor | WordFlags.According | WordFlags.From)) == 0)))
            {
                i++;
            }

            if (i >= a.Limit)
            {
                break;
            }

            var phrase = a.PhraseAt[i];
            if (phrase is null && (flags[i] & (WordFlags.According | WordFlags.From)) != 0)
            {
                // حسب الحلو، نقلت الوكالة عن عطوي: a person named by surname, whom the article introduced beside an issuer.
                if (PersonNamedBefore(a, m, i) is { } person)
                {
                    m.Authorities.Add(person);
                }

                continue;
            }

            if (phrase is { Kind: PhraseKind.Authority, Code: { } code } && i > authorityEnd)
            {
                var strength = phrase.Strength;
                var origin = RelayOrigin(a, i);
                var near = NearAttribution(a, i, a.PhraseEnd[i]) || (carried >= 0 && i - carried <= 4) || origin;
                carried = -1;
                if (IsGeneric(code) && !a.Is(i, WordRole.Anonymous) && NationalBody(a, i, a.PhraseEnd[i]) is { } national)
                {
                    // متحدث عسكري إسرائيلي، مسؤول إسرائيلي، وسائل إعلام عبرية: a body named by its kind and a nationality
                    // adjective is that state's body of that kind.
                    code = national.Code;
                    strength = Math.Max(strength, 2);
                    authorityEnd = national.End;
                    if (near)
                    {
                        strength += Speaker;
                    }

                    AddOrigin(a, m, new Mention(i, national.End, code, null, strength), origin);
                    continue;
                }

                if (IsTitle(phrase) && NamedIssuerAfter(a, a.PhraseEnd[i]) is { } named)
                {
                    // المتحدث باسم الجيش الإسرائيلي، مدير المرصد: the title speaks for the issuer named after it.
                    carried = near ? named : -1;
                    authorityEnd = a.PhraseEnd[i];
                    continue;
                }

                if (near)
                {
                    strength = Math.Max(strength, 2) + Speaker;
                }

                var end = a.PhraseEnd[i];
                if (Parent(a, end) is { } of)
                {
                    // مركز عمليات الطوارئ التابع لوزارة الصحة: a unit speaks for the body it belongs to.
                    (code, end) = (a.PhraseAt[of]!.Code!, a.PhraseEnd[of]);
                    strength = Math.Max(strength, Math.Max(a.PhraseAt[of]!.Strength, 2));
                }
                else if (IsTitle(phrase) && Anaphor(a, m, i, end) is { } earlier)
                {
                    // المصادر ذاتها، الجيش (after الجيش الإسرائيلي): the issuer named before.
                    code = earlier;
                }

                if (strength >= 2 && !TallyBasis(a, i) && !Companion(a, i) && !(CountedGroup(a, i) && !NearAttribution(a, i, end)))
                {
                    AddOrigin(a, m, new Mention(i, end, code, null, strength), origin);
                }
                else if (strength >= 2 && TallyBasis(a, i) && !IsGeneric(code))
                {
                    // قتلت امرأة ...، استنادا إلى مصادر طبية: what a tally rests on is its source when the sentence names
                    // no one else (a weak mention: AuthorityResolver takes it only then, and carries it no further).
                    m.Authorities.Add(new Mention(i, end, code, null, Weak));
                }

                // Places inside an issuer's name (وزارة الصحة في غزة) still count as places.
                authorityEnd = end;
            }
            else if (phrase is { Kind: PhraseKind.Place } && a.Has(i - 1, WordFlags.Seat))
            {
                // المرصد ومقره المملكة المتحدة: where an issuer sits, not where the victims were.
                i = a.PhraseEnd[i];
            }
            else if (phrase is { Kind: PhraseKind.Place, Code: { } region })
            {
                if (phrase.Strength >= 2 && phrase.Area is null && region is not Languages.Arabic.Places.Palestine && a.IsBareOrConjoined(i)
                    && (Announces(a, i - 1) || (a.Has(i - 1, WordFlags.Was) && a.Has(a.PhraseEnd[i] + 1, WordFlags.Already) && Announces(a, a.PhraseEnd[i] + 2))))
                {
                    // أعلنت تركيا / أعلنت إسرائيل / وكانت إسرائيل قد أعلنت: a country as the subject of a verb of saying is its government.
                    m.Authorities.Add(new Mention(i, a.PhraseEnd[i], region == "israel" ? "israel_government" : "other:government", null, 2 + Speaker));
                }

                m.Places.Add(new Mention(i, a.PhraseEnd[i], region, phrase.Area, Elsewhere(a, i, m.Places) || Dateline(a, i, a.PhraseEnd[i]) ? Math.Min(phrase.Strength, 1) : phrase.Strength));
                i = a.PhraseEnd[i];
            }
            else if ((a.Traits[i] & WordTraits.Land) != 0 && a.Info[i] is { Demonym: { } land, IsPerson: false } && SettlementBefore(a, i))
            {
                // ببلدة حدودية تركية، مدينة سورية: a town's country (a strike's adjective names the attacker instead).
                m.Places.Add(new Mention(i, i, land, null, 1));
            }
            else if (a.Has(i, WordFlags.MinistryAnaphor))
            {
                // الوزارة / الوزير: the ministry or minister named earlier; an unnamed ministry is the health ministry.
                var ministry = LastMinistry(m) ?? (a.Span(i).EndsWith("وزير") ? null : new Mention(i, i, Languages.Arabic.Authorities.HealthMinistry, null, 2));
                if (ministry is { } known)
                {
                    m.Authorities.Add(known with { First = i, Last = i, Strength = 2 + (NearAttribution(a, i, i) ? Speaker : 0) });
                }
            }
        }

        Languages.Arabic.Gazetteer.Settle(a, m.Places, home);
        LocateByLargerPlace(a, m.Places);
        LocateQuarters(a, m.Places);
        m.IndexNamedPlaces();
        var (gaza, westBank) = (0, 0);
        m.FirstNotIsrael = null;
        foreach (var place in m.Places)
        {
            gaza += place.Code == "gaza" ? place.Strength : 0;
            westBank += place.Code == "west_bank" ? place.Strength : 0;
            if (place.Code != "israel")
            {
                m.FirstNotIsrael ??= place;
            }
        }

        m.PalestineStrength = (gaza, westBank);
        return m;
    }

    // معظمهم من سوريا، الحدود مع سورية، التحالف بقيادة السعودية: a place named as an origin, a neighbour or a party is
    // a weaker hint of where the victims were than one they were in. (A destination is not: صواريخ من لبنان إلى إسرائيل
    // strike where they land.)
    private static bool Elsewhere(TextAnalysis a, int place, List<Mention> places)
    {
        var k = place - 1;
        if (!a.IsWord(k))
        {
            return false;
        }

        // معظمهم من سوريا ومصر: the list goes on.
        if (a.Prefix[place] == 1 && a.Span(place)[0] == 'و' && places.Count > 0 && places[^1] is { Strength: < 2 } previous && previous.Last == k)
        {
            return true;
        }

        return a.Span(k) is "من" or "مع" or "عن" or "بقياده" or "تقوده" or "تقودها" or "يقوده";
    }

    // أربيل (وكالات) - / غزة – : the place a report was filed from, at the head of its first line, is not where the
    // victims were (a weak hint, as an origin is).
    internal static bool Dateline(TextAnalysis a, int first, int last)
    {
        if (first > 0 && a.Tokens[first - 1].Kind != TokenKind.ParagraphEnd)
        {
            return false;
        }

        for (var k = first - 1; k >= 0; k--)
        {
            if (a.Tokens[k].Kind != TokenKind.ParagraphEnd && !ReportFrame.IsHeadline(a, k))
            {
                // (Only the first line after the headline and its copies.)
                return false;
            }
        }

        return last + 1 < a.Limit && a.Tokens[last + 1] is { Kind: TokenKind.Comma or TokenKind.Mark, Char: '(' or '-' or '–' or '—' };
    }

    // حي الجنينة شرق رفح، أريحا بريف إدلب: a place located by a larger one right after it (through a direction or
    // ريف) is in that one's country; a name several countries share is settled so.
    private static void LocateByLargerPlace(TextAnalysis a, List<Mention> places)
    {
        for (var p = places.Count - 2; p >= 0; p--)
        {
            var (inner, outer) = (places[p], places[p + 1]);
            var gap = outer.First - inner.Last - 1;
            if (inner.Code == outer.Code || outer.Strength < 2 || inner.Strength < 2 || gap < 0 || gap > 2 || (gap == 0 && !a.Has(outer.First, WordFlags.Direction)))
            {
                continue;
            }

            var located = true;
            for (var k = inner.Last + 1; k < outer.First; k++)
            {
                located &= a.Has(k, WordFlags.Direction);
            }

            if (located)
            {
                places[p] = inner with { Code = outer.Code, Area = outer.Area };
            }
        }
    }

    // غارات على رفح ... على حي الجنينة: a quarter (حي) of another country than the town named just before it (in its
    // sentence or the two before) is that town's quarter, a homonym settled by the place the text is about.
    private static void LocateQuarters(TextAnalysis a, List<Mention> places)
    {
        for (var p = 1; p < places.Count; p++)
        {
            var (quarter, town) = (places[p], places[p - 1]);
            if (quarter.Code == town.Code || town.Strength < 2 || quarter.First == 0 || !a.IsWord(quarter.First - 1)
                || a.Span(quarter.First - 1) is not ("حي" or "بحي" or "وحي") || a.Sentence[quarter.First] - a.Sentence[town.Last] > 2)
            {
                continue;
            }

            places[p] = quarter with { Code = town.Code, Area = town.Area };
        }
    }

    private static bool SettlementBefore(TextAnalysis a, int k)
    {
        for (var j = k - 1; j >= 0 && j >= k - 2 && a.IsWord(j); j--)
        {
            var span = a.Span(j);
            if (span.EndsWith("بلده") || span.EndsWith("مدينه") || span.EndsWith("قريه") || span.EndsWith("منطقه") || span.EndsWith("محافظه") || span.EndsWith("مخيم") || span.EndsWith("ولايه") || span.EndsWith("جزيره"))
            {
                return true;
            }
        }

        return false;
    }

    private void ParagraphOpenings(TextAnalysis a)
    {
        var paragraphs = a.Limit > 0 ? a.Paragraph[a.Limit - 1] + 1 : 0;
        if (_speech.Length < paragraphs)
        {
            _speech = new bool[Math.Max(paragraphs, _speech.Length * 2)];
        }

        _paragraphs = paragraphs;
        var speech = _speech.AsSpan(0, paragraphs);
        speech.Fill(true);
        var paragraph = -1;
        for (var i = 0; i < a.Limit; i++)
        {
            if (a.Paragraph[i] == paragraph || a.Tokens[i].Kind != TokenKind.Word)
            {
                continue;
            }

            paragraph = a.Paragraph[i];
            speech[paragraph] = a.Has(i, WordFlags.Continuation) || a.Has(i, WordFlags.Attribution)
                || ((a.IsBare(i, WordRole.Also) || (a.Is(i, WordRole.While) && a.Prefix[i] == 0)) && a.Has(i + 1, WordFlags.Attribution));
        }
    }

    // After حسب / وفق, or عن after a relay verb (نقلت الوكالة عن ...): an unknown word (a surname) that the article wrote
    // earlier a few words after an issuer or office holder (وزير الصحة اللبناني خليل عطوي، مراسل الجزيرة ...، سامي
    // الحلو) speaks for that issuer; null otherwise.
    private static Mention? PersonNamedBefore(TextAnalysis a, Mentions m, int k)
    {
        var name = k + 1;
        if (!a.IsWord(name) || a.Info[name] is not null || !(a.Has(k, WordFlags.According) || (a.Has(k, WordFlags.From) && RelayBefore(a, k))))
        {
            return null;
        }

        var surname = a.Span(name)[a.Prefix[name]..];
        for (var j = name - 1; j >= 0 && j >= name - 400; j--)
        {
            if (!a.IsWord(j) || a.Info[j] is not null || !a.Span(j)[a.Prefix[j]..].SequenceEqual(surname))
            {
                continue;
            }

            for (var p = m.Authorities.Count - 1; p >= 0; p--)
            {
                var issuer = m.Authorities[p];
                if (issuer.Last < j && j - issuer.Last <= 8 && a.Sentence[issuer.Last] == a.Sentence[j])
                {
                    return issuer with { First = name, Last = name, Strength = 2 + Speaker };
                }

                if (issuer.Last < j - 8)
                {
                    break;
                }
            }
        }

        return null;
    }

    // نقلت الوكالة عن وزارة الصحة / نقلا عن الدفاع المدني: the issuer right after عن, with a relay verb a few words
    // before it, is where the figure comes from.
    private static bool RelayOrigin(TextAnalysis a, int first) =>
        a.Has(first - 1, WordFlags.From) && a.Prefix[first - 1] == 0 && RelayBefore(a, first - 1);

    // Records an issuer; when it is the origin a relay names (not a generic one), the relaying issuer just before it in
    // its sentence no longer counts as the speaker: the figure is the origin's, followed through the relay.
    private static void AddOrigin(TextAnalysis a, Mentions m, Mention mention, bool origin)
    {
        if (origin && !IsGeneric(mention.Code) && m.Authorities.Count > 0 && m.Authorities[^1] is { Strength: >= Speaker } relay
            && a.Sentence[relay.Last] == a.Sentence[mention.First] && mention.First - relay.Last <= 6)
        {
            m.Authorities[^1] = relay with { Strength = relay.Strength - Speaker };
        }

        m.Authorities.Add(mention);
    }

    /// <summary>
    /// For a generic body (<see cref="IsGeneric"/>) at [<paramref name="first"/>, <paramref name="last"/>] followed within
    /// two words by an Israeli nationality adjective (إسرائيلي، الإسرائيلية، عبرية): the Israeli body of that kind — the
    /// army for a military word, the police, the media, else the government — and the adjective's token; else null.
    /// (Not for unnamed sources and officials, مصادر عسكرية إسرائيلية: they are not the body; the caller checks.)
    /// </summary>
    private static (string Code, int End)? NationalBody(TextAnalysis a, int first, int last)
    {
        for (var k = last + 1; k <= last + 3 && a.IsWord(k); k++)
        {
            if (a.Info[k] is { Demonym: "israel" } || a.Is(k, WordRole.Hebrew))
            {
                var kind = WordRole.None;
                for (var j = first; j < k; j++)
                {
                    kind |= a.IsWord(j) && a.Info[j] is { } info ? info.Roles & (WordRole.Military | WordRole.Police | WordRole.Press) : WordRole.None;
                }

                var code = (kind & WordRole.Press) != 0 || a.Is(k, WordRole.Hebrew) ? "israel_media"
                    : (kind & WordRole.Police) != 0 ? "israel_police"
                    : (kind & WordRole.Military) != 0 ? "israel_army"
                    : "israel_government";
                return (code, k);
            }

            if (a.PhraseAt[k] is not null || a.Info[k] is { Category: not null } || a.Has(k, WordFlags.Attribution))
            {
                return null;
            }
        }

        return null;
    }

    // بينهم 3 من رجال الدفاع المدني، وعنصران من الدفاع المدني: a body whose people are counted, not who counts them.
    private static bool CountedGroup(TextAnalysis a, int first) =>
        (first > 0 && a.PhraseAt[first - 1] is { Kind: PhraseKind.Subgroup } && a.PhraseEnd[first - 1] >= first)
        || (a.Has(first - 1, WordFlags.Of) && a.Prefix[first - 1] == 0 && first >= 2
            && (a.Info[first - 2] is { IsPerson: true } || a.Tokens[first - 2].Kind == TokenKind.Number));

    // نقلت الوكالة عن / نقلا عن: a relay verb a few words before عن.
    private static bool RelayBefore(TextAnalysis a, int from)
    {
        for (var k = from - 1; k >= 0 && k >= from - 6 && !a.Tokens[k].IsBreak; k--)
        {
            if (a.Has(k, WordFlags.Relay))
            {
                return true;
            }
        }

        return false;
    }

    // مركز عمليات طوارئ الصحة العامة التابع لوزارة الصحة: the first token of the issuer named right after التابع /
    // التابعة, within a few words of the unit's name; or null.
    private static int? Parent(TextAnalysis a, int end)
    {
        for (var k = end + 1; k <= end + 6 && a.IsWord(k); k++)
        {
            if (a.Is(k, WordRole.Affiliated) && a.PrefixOf(k) is "ال")
            {
                return a.PhraseAt[k + 1] is { Kind: PhraseKind.Authority, Code: not null } parent && !IsGeneric(parent.Code) ? k + 1 : null;
            }
        }

        return null;
    }

    // المصادر ذاتها / المصادر نفسها, المتحدث, or a bare الجيش / الشرطة after a named army or police: the code named earlier.
    private static string? Anaphor(TextAnalysis a, Mentions m, int first, int end)
    {
        // (المتحدث alone, with the article: the spokesman introduced before, who spoke for the issuer named then.)
        var same = a.Has(end + 1, WordFlags.Same) || (end == first && a.Is(first, WordRole.Spokesman));
        var kind = a.Is(first, WordRole.Military) ? "_army" : a.Is(first, WordRole.Police) ? "_police" : null;
        if (!same && (kind is null || end != first))
        {
            return null;
        }

        for (var k = m.Authorities.Count - 1; k >= 0; k--)
        {
            var code = m.Authorities[k].Code;
            if (same ? !IsGeneric(code) : code.EndsWith(kind!, StringComparison.Ordinal))
            {
                return code;
            }
        }

        return null;
    }

    // أعلن / قالت / أكدت / اعترفت / اتهمت: a verb whose subject announces.
    private static bool Announces(TextAnalysis a, int k)
    {
        return a.Has(k, WordFlags.Attribution) && a.Has(k, WordFlags.ReportVerb);
    }

    // إحصاء أعدته الوكالة استنادا إلى مصادر طبية: what a tally rests on is not who issued it.
    private static bool TallyBasis(TextAnalysis a, int first) =>
        a.Has(first - 1, WordFlags.TallyBase) || (a.Has(first - 2, WordFlags.TallyBase) && a.Has(first - 1, WordFlags.To));

    /// <summary>
    /// True when the issuer at <paramref name="first"/> is named after مع (بالتعاون مع، خلال اجتماعه مع مسؤول في، في مقابلة
    /// مع): a companion of the speaker or who was told, not the one who gives the figure. Up to four words may stand
    /// between (a title, في); a comma or a verb of saying ends the look back.
    /// </summary>
    private static bool Companion(TextAnalysis a, int first)
    {
        for (int k = first - 1, words = 0; k >= 0 && words < 5; k--)
        {
            if (!a.IsWord(k) || a.Has(k, WordFlags.Attribution))
            {
                return false;
            }

            if (a.Span(k) is "مع")
            {
                return true;
            }

            words++;
        }

        return false;
    }

    internal static bool IsGeneric(string code) => code is "other:official" or "other:named" or "other:body" or "other:media";

    // Office holders and spokespeople (other:official) and bare "the army"/"the police" (other:named, strength 1).
    private static bool IsTitle(Phrase phrase) => phrase.Strength == 1 && phrase.Code is "other:official" or "other:named" or "other:body";

    /// <summary>The first token of a specific issuer within three words after a title (باسم، ل، في between), or null.</summary>
    private static int? NamedIssuerAfter(TextAnalysis a, int end)
    {
        for (var k = end + 1; k < a.Limit && k <= end + 4; k++)
        {
            if (a.Tokens[k].IsBreak || a.Tokens[k].Kind == TokenKind.Number)
            {
                return null;
            }

            if (a.PhraseAt[k] is { Kind: PhraseKind.Authority } p)
            {
                // قال مسؤولان لرويترز: an agency after a title is who was told, not whom the title speaks for.
                return (IsTitle(p) && p.Code == "other:named") || p.Code is "afp" or "reuters" or "ap" or "other:anadolu" ? null : k;
            }
        }

        return null;
    }

    private static Mention? LastMinistry(Mentions m)
    {
        for (var k = m.Authorities.Count - 1; k >= 0; k--)
        {
            var code = m.Authorities[k].Code;
            if (code.EndsWith("moh", StringComparison.Ordinal) || code == Languages.Arabic.Authorities.HealthMinistry || code.Contains("ministry", StringComparison.Ordinal))
            {
                return m.Authorities[k];
            }
        }

        return null;
    }

    // قال الجيش / بحسب الشرطة / الجيش أعلن: a weak issuer counts only next to an attribution word.
    private static bool NearAttribution(TextAnalysis a, int first, int last)
    {
        for (var k = first - 1; k >= 0 && k >= first - 3; k--)
        {
            if (a.Tokens[k].IsBreak)
            {
                break;
            }

            if (a.Has(k, WordFlags.Attribution) || a.Has(k, WordFlags.Continuation))
            {
                return true;
            }
        }

        for (var k = last + 1; k < a.Count && k <= last + 3; k++)
        {
            if (a.Tokens[k].IsBreak)
            {
                break;
            }

            // الجيش السوداني قد اتهم / محافظ الإقليم: (a label line: what follows is said by it)
            if (a.Has(k, WordFlags.Attribution) || (a.Tokens[k] is { Kind: TokenKind.Comma, Char: ':' } && k + 1 < a.Count && a.Tokens[k + 1].Kind == TokenKind.ParagraphEnd))
            {
                return true;
            }

            if (a.Tokens[k].Kind == TokenKind.Comma)
            {
                break;
            }
        }

        return false;
    }
}
