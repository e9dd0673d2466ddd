using CasualtyDashboard.Extraction.Model;
using CasualtyDashboard.Extraction.Languages.Arabic;
using CasualtyDashboard.Extraction.Tokenization;
using AuthorityCodes = CasualtyDashboard.Extraction.Languages.Arabic.Authorities;

namespace CasualtyDashboard.Extraction.Attribution;

/// <summary>
/// Who issued a figure: the issuer named in its sentence (nearest first; not one in a following فيما / بينما clause),
/// else the issuer of the next sentence when that one opens with جاء ذلك (the figure's source), else — unless the sentence
/// is the outlet's background (يذكر أن، وهذا) or أما has turned to another topic — the last one named earlier in its
/// paragraph, else, when the paragraph continues the previous speaker (وأضافت، وأشار), the previous paragraph's, else the
/// issuer the article opens with when it names no other before the figure; otherwise <c>unattributed</c>. (A lead stated again later with its issuer takes that issuer when repeats merge.)
/// </summary>
internal static class AuthorityResolver
{
    public const string Unattributed = "unattributed";

    /// <summary>The issuer's code and the first token of the mention that named it (-1 when unattributed).</summary>
    public static (string Code, int Speaker) Resolve(TextAnalysis a, Mentions m, int first, int last, string? region)
    {
        var (start, end) = a.SentenceBounds(first, last);
        var mention = InSentence(a, m, first, last) ?? ThatWasSaidBy(a, m, first, last) ?? HeadAnaphor(a, m, start, end)
            ?? (Background(a, first) || TopicShiftBetween(a, start - 1, first) || ReportFrame.OpensNewFrame(a, start, end) ? null : Earlier(a, m, first) ?? SoleIssuer(a, m, first, region));
        if (mention is null && ReportFrame.IsTitle(a, first))
        {
            mention = LeadIssuer(a, m, first);
        }

        if (mention is null && CreditLine(a, m) is { } credit)
        {
            return credit;
        }

        return mention is { } found ? (Specialise(BareArmy(a, found) ? ArmyIn(a, first, region) : found.Code, region), found.First) : (Unattributed, -1);
    }

    // In Lebanon two armies fight: a bare الجيش whose losses the figure's sentence puts to حزب الله (اشتباك مع مقاتلين من
    // حزب الله، بنيران حزب الله) is Israel's, whose enemy that party is; otherwise it is the country's own (decision 083).
    private static string ArmyIn(TextAnalysis a, int first, string? region)
    {
        if (region == "lebanon")
        {
            var (start, end) = a.SentenceBounds(first, first);
            for (var k = start; k < end; k++)
            {
                if (a.Info[k] is { Side: FigureSubgroup.Fighters } && a.IsWord(k + 1) && a.Span(k + 1) is "الله")
                {
                    return "israel_army";
                }
            }
        }

        return AuthorityCodes.Army;
    }

    // قال الجيش (no army named before it, no nationality after it): the army of the country the figure is in (decision 082).
    private static bool BareArmy(TextAnalysis a, Mention found) =>
        found.Code == "other:named" && found.First == found.Last && a.Span(found.First).EndsWith("الجيش", StringComparison.Ordinal)
        && !(a.IsWord(found.First + 1) && a.Info[found.First + 1] is { Demonym: not null });

    /// <summary>
    /// The issuer a verb of saying in the figure's own sentence names (وذكرت الشرطة في بيان لاحق أن بين المصابين 5
    /// أطفال), or null.
    /// </summary>
    public static string? SpeakerInSentence(TextAnalysis a, Mentions m, int first, int last, string? region) =>
        InSentence(a, m, first, last) is { Strength: >= Mentions.Speaker } mention ? Specialise(mention.Code, region) : null;

    /// <summary>
    /// شبكة أطباء السودان ... وكانت الشبكة قد أحصت: the head noun of an issuer named earlier (one of the last eight), made
    /// definite right before or after a verb of saying in the figure's sentence, is that issuer.
    /// </summary>
    private static Mention? HeadAnaphor(TextAnalysis a, Mentions m, int start, int end)
    {
        for (var k = start; k <= end; k++)
        {
            if (a.PhraseAt[k] is not null || !a.HasArticle(k) || a.Info[k] is not { } head
                || !(a.Has(k - 1, WordFlags.Attribution) || a.Has(k + 1, WordFlags.Attribution) || (a.Has(k + 1, WordFlags.Already) && a.Has(k + 2, WordFlags.Attribution))))
            {
                continue;
            }

            for (var j = m.Authorities.Count - 1; j >= 0 && j >= m.Authorities.Count - 8; j--)
            {
                var earlier = m.Authorities[j];
                if (earlier.First < start && earlier.Last > earlier.First && ReferenceEquals(a.Info[earlier.First], head) && !a.HasArticle(earlier.First) && !Mentions.IsGeneric(earlier.Code))
                {
                    return earlier with { First = k, Last = k };
                }
            }
        }

        return null;
    }

    /// <summary>Turns a region-dependent issuer (a health ministry, the civil defence) into its code.</summary>
    public static string Specialise(string code, string? region) => code switch
    {
        AuthorityCodes.HealthMinistry => region switch
        {
            "gaza" => "gaza_moh",
            "west_bank" => "pa_moh",
            "lebanon" => "lebanon_moh",
            _ => "other:health_ministry",
        },
        AuthorityCodes.CivilDefence => region == "gaza" ? "gaza_civil_defence" : "other:civil_defence",
        AuthorityCodes.LocalAuthorities => region == "gaza" ? "gaza_authorities" : "other:local_authorities",
        AuthorityCodes.Police => region == "israel" ? "israel_police" : "other:police",
        // Israel's army is the only one that fights in Gaza and the West Bank; elsewhere a bare الجيش is the country's own.
        AuthorityCodes.Army => region is "israel" or "gaza" or "west_bank" ? "israel_army" : "other:army",
        _ => code,
    };

    /// <summary>The health ministry named anywhere in the article that reports for <paramref name="region"/>, if any.</summary>
    public static string? HealthMinistryFor(Mentions m, string? region)
    {
        foreach (var mention in m.Authorities)
        {
            var code = Specialise(mention.Code, region);
            if (code is "gaza_moh" or "pa_moh" or "lebanon_moh" && code == Specialise(AuthorityCodes.HealthMinistry, region))
            {
                return code;
            }
        }

        return null;
    }

    private static Mention? InSentence(TextAnalysis a, Mentions m, int first, int last)
    {
        var sentence = a.Sentence[first];
        Mention? best = null;
        var bestDistance = int.MaxValue;
        var bestStrength = 0;
        var (from, to) = Mentions.Within(m.Authorities, a.Sentence, sentence);
        for (var k = from; k < to; k++)
        {
            var mention = m.Authorities[k];
            if ((mention.First > last && ContrastBetween(a, last, mention.First) && !According(a, mention.First))
                || (mention.Last < first && TopicShiftBetween(a, mention.Last, first)))
            {
                continue;
            }

            var distance = mention.Last < first ? first - mention.Last : mention.First - last;
            // An issuer in the figure's own clause (not across في حين / فيما) comes first.
            var sameClause = mention.Last < first ? !ContrastBetween(a, mention.Last, first) : !ContrastBetween(a, last, mention.First);
            var strength = (mention.Strength == Mentions.Weak ? 0 : IsAgency(mention.Code) ? 1 : 2) + (mention.Strength >= Mentions.Speaker ? Mentions.Speaker : 0) + (sameClause ? 100 : 0);
            if (strength > bestStrength || (strength == bestStrength && distance < bestDistance))
            {
                best = mention;
                bestDistance = distance;
                bestStrength = strength;
            }
        }

        return best;
    }

    // مقتل 3 أشخاص، فيما أكد مصدر ... أن: a new clause with a speaker of its own.
    internal static bool ContrastBetween(TextAnalysis a, int from, int to)
    {
        for (var k = from + 1; k < to; k++)
        {
            if ((a.Function(k) & FunctionWord.Contrast) != 0)
            {
                return true;
            }
        }

        return false;
    }

    // أعلنت الهيئة ... في تركيا، أما في سوريا فالعدد ... كان 3574: أما opens another topic, unless it stands inside
    // what the issuer said (قالت الوزارة إن ...، أما الجرحى فبلغ ...).
    private static bool TopicShiftBetween(TextAnalysis a, int from, int to)
    {
        var said = false;
        for (var k = from + 1; k < to; k++)
        {
            if (!a.IsWord(k))
            {
                continue;
            }

            var function = a.Function(k);
            said |= (function & FunctionWord.Said) != 0;
            if ((function & FunctionWord.Otherwise) != 0 && !said)
            {
                return true;
            }
        }

        return false;
    }

    // بحسب ناشطين / وفق المرصد at the end of a sentence covers all its clauses.
    private static bool According(TextAnalysis a, int mention)
    {
        for (var k = mention - 1; k >= 0 && k >= mention - 2; k--)
        {
            if (a.Is(k, WordRole.AccordingTo) || a.Is(k, WordRole.Quoting))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Code of an issuer the credit line does not name among the known ones (حسب (الرياض.نت)).</summary>
    public const string Credited = "other:credited";

    // The page's closing credit, a last sentence of a few words opening with حسب / وفق / نقلا عن (حسب (الرياض.نت).): the
    // source of everything the page does not give to another issuer. Its issuer, or a named one when it names no known
    // issuer; null when the page ends otherwise.
    private static (string Code, int Speaker)? CreditLine(TextAnalysis a, Mentions m)
    {
        var words = 0;
        for (var k = a.Limit - 1; k >= 0 && words <= 6; k--)
        {
            if (a.Tokens[k].Kind == TokenKind.Number)
            {
                return null;
            }

            if (!a.IsWord(k))
            {
                continue;
            }

            words++;
            if ((a.Has(k, WordFlags.According) || a.Has(k, WordFlags.Relay)) && a.Prefix[k] <= 1 && (k == 0 || a.Sentence[k - 1] != a.Sentence[k]))
            {
                foreach (var mention in m.Authorities)
                {
                    if (mention.First > k)
                    {
                        return (mention.Code, mention.First);
                    }
                }

                return (Credited, k);
            }
        }

        return null;
    }

    // ... استشهد 322 طفلا. جاء ذلك في بيان لمنظمة اليونيسف: the next sentence names the source of this one.
    private static Mention? ThatWasSaidBy(TextAnalysis a, Mentions m, int first, int last)
    {
        var (_, end) = a.SentenceBounds(first, last);
        var next = end + 1;
        while (next < a.Limit && !a.IsWord(next))
        {
            next++;
        }

        if (next + 1 >= a.Limit || a.Span(next) is not ("جاء" or "وجاء") || a.Span(next + 1) is not ("ذلك" or "هذا"))
        {
            return null;
        }

        foreach (var mention in m.Authorities)
        {
            if (a.Sentence[mention.First] == a.Sentence[next] && mention.First > next)
            {
                return mention;
            }
        }

        return null;
    }

    private static Mention? Earlier(TextAnalysis a, Mentions m, int first)
    {
        var paragraph = a.Paragraph[first];
        for (var k = Mentions.Before(m.Authorities, first) - 1; k >= 0; k--)
        {
            var mention = m.Authorities[k];
            if (mention.Strength == Mentions.Weak)
            {
                continue;
            }

            var p = a.Paragraph[mention.First];
            if (p == paragraph)
            {
                return FrameBrokenBetween(a, mention.First, first) ? null : mention;
            }

            if (p < paragraph && (ContinuesFrom(m, p, paragraph) || FrameGoesOn(a, mention.First, first)))
            {
                return LastSpeakerIn(a, m, p, k) ?? mention;
            }

            if (p < paragraph)
            {
                return null;
            }
        }

        return null;
    }

    // A sentence after the mention's, up to the figure's, turns to another side, background or another time. (Walked
    // token by token: a sentence boundary is where the sentence number changes.)
    private static bool FrameBrokenBetween(TextAnalysis a, int mention, int first)
    {
        var end = first;
        for (var k = first; k > mention; k--)
        {
            if (a.Sentence[k - 1] != a.Sentence[k])
            {
                if (ReportFrame.OpensNewFrame(a, k, end))
                {
                    return true;
                }

                end = k - 1;
            }
        }

        return false;
    }

    // Every sentence from the figure's back to the one after the mention's goes on with its report (a list line under
    // it, وفي هذا السياق، كما، the statement under a speaker's label line).
    private static bool FrameGoesOn(TextAnalysis a, int mention, int first)
    {
        var (start, end) = a.SentenceBounds(first, first);
        var steps = 0;
        while (start > 0 && a.Sentence[start] > a.Sentence[mention])
        {
            if (!ReportFrame.Continues(a, start, end) || ++steps > 12)
            {
                return false;
            }

            (start, end) = ReportFrame.Previous(a, start);
            if (start < 0)
            {
                return false;
            }
        }

        return steps > 0;
    }

    // يذكر أن / يشار إلى أن / وتجدر الإشارة / وهذا أسوأ ...: the outlet's own background, not the speaker's words.
    private static bool Background(TextAnalysis a, int first)
    {
        var (start, _) = a.SentenceBounds(first, first);
        while (start < first && !a.IsWord(start))
        {
            start++;
        }

        return a.Has(start, WordFlags.Background) || (a.Has(start, WordFlags.This) && a.Prefix[start] == 1) || (a.Has(start, WordFlags.Considered) && a.Prefix[start] == 1);
    }

    private static Mention? LastSpeakerIn(TextAnalysis a, Mentions m, int paragraph, int from)
    {
        for (var k = from; k >= 0 && a.Paragraph[m.Authorities[k].First] == paragraph; k--)
        {
            if (m.Authorities[k].Strength >= Mentions.Speaker)
            {
                return m.Authorities[k];
            }
        }

        return null;
    }

    // An article that opens with one named issuer (the observatory's report, the army's statement) and names no other
    // before the figure speaks for it throughout. Generic names (مسؤولون، مصادر، وكالة) are too loose for this.
    private static Mention? SoleIssuer(TextAnalysis a, Mentions m, int first, string? region)
    {
        Mention? sole = null;
        foreach (var mention in m.Authorities)
        {
            if (mention.First >= first)
            {
                break;
            }

            if (mention.Strength < Mentions.Speaker && mention.Strength < 2)
            {
                continue;
            }

            if (sole is { } s && Specialise(s.Code, region) != Specialise(mention.Code, region))
            {
                return null;
            }

            sole ??= mention;
        }

        return sole is { } lead && a.Sentence[lead.First] <= 1 + FirstSentence(a) && lead.Code is not ("other:named" or "other:official" or "other:body" or "other:media") ? lead : null;
    }

    // A headline that names no issuer states what the lead reports: the issuer the lead's first sentence names (a
    // dateline's "إدلب – المرصد السوري:" too), unless it is a generic one (مسؤولون، مصادر، وكالة).
    private static Mention? LeadIssuer(TextAnalysis a, Mentions m, int first)
    {
        var lead = FirstSentence(a);
        foreach (var mention in m.Authorities)
        {
            if (mention.First <= first || a.Sentence[mention.First] < lead)
            {
                continue;
            }

            if (a.Sentence[mention.First] > lead)
            {
                return null;
            }

            if (mention.Strength >= 2 && mention.Code is not ("other:named" or "other:official" or "other:body" or "other:media"))
            {
                return mention;
            }
        }

        return null;
    }

    private static int FirstSentence(TextAnalysis a)
    {
        for (var i = 0; i < a.Limit; i++)
        {
            // (The headline, its copies and a date line come before the lead: their lines are skipped whole.)
            if (a.Tokens[i].Kind == TokenKind.Word)
            {
                if (!ReportFrame.IsHeadline(a, i))
                {
                    return a.Sentence[i];
                }

                while (i + 1 < a.Limit && a.Tokens[i + 1].Kind != TokenKind.ParagraphEnd)
                {
                    i++;
                }
            }
        }

        return 0;
    }

    // Every paragraph after `from` up to `to` opens with a continuation verb.
    private static bool ContinuesFrom(Mentions m, int from, int to)
    {
        for (var p = from + 1; p <= to; p++)
        {
            if (!m.OpensAsSpeech(p))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAgency(string code) => code is "afp" or "reuters" or "ap" or "other:anadolu";
}
