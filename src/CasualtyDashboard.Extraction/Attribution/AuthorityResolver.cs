using CasualtyDashboard.Extraction.Languages.Arabic;
using CasualtyDashboard.Extraction.Tokenization;
using AuthorityCodes = CasualtyDashboard.Extraction.Languages.Arabic.Authorities;

namespace CasualtyDashboard.Extraction.Attribution;

/// <summary>
/// Who issued a figure: the issuer named in its sentence (nearest first), else the last one named earlier in its
/// paragraph, else — when the paragraph continues the previous speaker (وأضافت، وأشار) — the previous paragraph's;
/// otherwise <c>unattributed</c>. (A lead stated again later with its issuer takes that issuer when repeats merge.)
/// </summary>
internal static class AuthorityResolver
{
    public const string Unattributed = "unattributed";

    public static string Resolve(TextAnalysis a, Mentions m, int first, int last, string? region)
    {
        var code = InSentence(a, m, first, last) ?? Earlier(a, m, first);
        return code is null ? Unattributed : Specialise(code, region);
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
        _ => code,
    };

    private static string? InSentence(TextAnalysis a, Mentions m, int first, int last)
    {
        var sentence = a.Sentence[first];
        string? best = null;
        var bestDistance = int.MaxValue;
        var bestStrength = 0;
        foreach (var mention in m.Authorities)
        {
            if (a.Sentence[mention.First] != sentence)
            {
                continue;
            }

            var distance = mention.Last < first ? first - mention.Last : mention.First - last;
            var strength = (IsAgency(mention.Code) ? 1 : 2) + (mention.Strength >= Mentions.Speaker ? Mentions.Speaker : 0);
            if (strength > bestStrength || (strength == bestStrength && distance < bestDistance))
            {
                best = mention.Code;
                bestDistance = distance;
                bestStrength = strength;
            }
        }

        return best;
    }

    private static string? Earlier(TextAnalysis a, Mentions m, int first)
    {
        var paragraph = a.Paragraph[first];
        for (var k = m.Authorities.Count - 1; k >= 0; k--)
        {
            var mention = m.Authorities[k];
            if (mention.First >= first)
            {
                continue;
            }

            var p = a.Paragraph[mention.First];
            if (p == paragraph)
            {
                return mention.Code;
            }

            if (p < paragraph && ContinuesFrom(a, p, paragraph))
            {
                return LastSpeakerIn(a, m, p, k) ?? mention.Code;
            }

            if (p < paragraph)
            {
                return null;
            }
        }

        return null;
    }

    private static string? LastSpeakerIn(TextAnalysis a, Mentions m, int paragraph, int from)
    {
        for (var k = from; k >= 0 && a.Paragraph[m.Authorities[k].First] == paragraph; k--)
        {
            if (m.Authorities[k].Strength >= Mentions.Speaker)
            {
                return m.Authorities[k].Code;
            }
        }

        return null;
    }

    // Every paragraph after `from` up to `to` opens with a continuation verb.
    private static bool ContinuesFrom(TextAnalysis a, int from, int to)
    {
        var paragraph = -1;
        for (var i = 0; i < a.Limit; i++)
        {
            if (a.Paragraph[i] <= from || a.Paragraph[i] > to || a.Paragraph[i] == paragraph || a.Tokens[i].Kind != TokenKind.Word)
            {
                continue;
            }

            paragraph = a.Paragraph[i];
            var opening = a.Has(i, WordFlags.Continuation) || a.Has(i, WordFlags.Attribution)
                || (a.Span(i) is "كما" or "وكما" or "فيما" && a.Has(i + 1, WordFlags.Attribution));
            if (!opening)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAgency(string code) => code is "afp" or "reuters" or "ap" or "other:anadolu";
}
