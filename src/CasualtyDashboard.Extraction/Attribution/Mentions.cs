using CasualtyDashboard.Extraction.Languages.Arabic;
using CasualtyDashboard.Extraction.Tokenization;

namespace CasualtyDashboard.Extraction.Attribution;

/// <summary>Every authority and place named in the article body, in text order.</summary>
internal sealed class Mentions
{
    /// <summary>Added to the strength of an issuer next to an attribution word (قالت وزارة الصحة).</summary>
    public const int Speaker = 10;

    public List<Mention> Authorities { get; } = [];

    public List<Mention> Places { get; } = [];

    public static Mentions Collect(TextAnalysis a)
    {
        var m = new Mentions();
        var authorityEnd = -1;
        for (var i = 0; i < a.Limit; i++)
        {
            if (a.Skipped[i])
            {
                continue;
            }

            var phrase = a.PhraseAt[i];
            if (phrase is { Kind: PhraseKind.Authority, Code: { } code } && i > authorityEnd)
            {
                var strength = phrase.Strength;
                if (NearAttribution(a, i, a.PhraseEnd[i]))
                {
                    strength = Math.Max(strength, 2) + Speaker;
                }

                if (strength >= 2)
                {
                    m.Authorities.Add(new Mention(i, a.PhraseEnd[i], code, null, strength));
                }

                // Places inside an issuer's name (وزارة الصحة في غزة) still count as places.
                authorityEnd = a.PhraseEnd[i];
            }
            else if (phrase is { Kind: PhraseKind.Place, Code: { } region })
            {
                m.Places.Add(new Mention(i, a.PhraseEnd[i], region, phrase.Area, phrase.Strength));
                i = a.PhraseEnd[i];
            }
            else if (a.Has(i, WordFlags.MinistryAnaphor))
            {
                // الوزارة: the ministry named earlier, or (named nowhere) the health ministry.
                var ministry = LastMinistry(m) ?? new Mention(i, i, Languages.Arabic.Authorities.HealthMinistry, null, 2);
                m.Authorities.Add(ministry with { First = i, Last = i, Strength = 2 + (NearAttribution(a, i, i) ? Speaker : 0) });
            }
        }

        return m;
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

        for (var k = last + 1; k < a.Count && k <= last + 2; k++)
        {
            if (a.Tokens[k].IsBreak)
            {
                break;
            }

            if (a.Has(k, WordFlags.Attribution))
            {
                return true;
            }
        }

        return false;
    }
}
