using CasualtyDashboard.Extraction.Languages.Arabic;
using CasualtyDashboard.Extraction.Tokenization;

namespace CasualtyDashboard.Extraction.Attribution;

/// <summary>
/// Where the victims were: the place named nearest in the figure's clause, else the demonym of its noun, else a country
/// adjective or a place named as an origin or destination in the clause, else the same across في حين / بينما, else the
/// last place named earlier in the paragraph or article, else the first place of the article. Palestinian victims are in
/// the West Bank or Gaza by the nearest such place in the paragraph, else by the one the article names more.
/// </summary>
internal static class RegionResolver
{
    public static (string? Region, string? Area) Resolve(TextAnalysis a, Mentions m, int first, int last, string? demonym)
    {
        // Tiers: 0 a place named in the figure's clause, 1 a hint (adjective, origin, Israel) in its clause, 2 and 3 the
        // same across في حين / بينما / أما (which open a clause about something else).
        var sentence = a.Sentence[first];
        Mention? best = null;
        var bestTier = int.MaxValue;
        var bestDistance = int.MaxValue;
        var (from, to) = Mentions.Within(m.Places, a.Sentence, sentence);
        for (var p = from; p < to; p++)
        {
            var place = m.Places[p];

            var distance = place.Last < first ? first - place.Last : place.First - last;
            var cross = Contrast(a, Math.Min(place.Last, last), Math.Max(place.First, first));
            var named = place.Strength >= 2 && place.Code != "israel";
            var tier = (cross ? 2 : 0) + (named ? 0 : 1);
            if (tier < bestTier || (tier == bestTier && distance < bestDistance))
            {
                (best, bestTier, bestDistance) = (place, tier, distance);
            }
        }

        if (best is { } strong && bestTier == 0)
        {
            return (Palestinian(a, m, first, strong.Code), strong.Area);
        }

        if (demonym is not null)
        {
            return (Palestinian(a, m, first, demonym), null);
        }

        if (best is { } hint)
        {
            return (Palestinian(a, m, first, hint.Code), hint.Area);
        }

        var earlier = Earlier(m, first);
        if (earlier is { } e)
        {
            return (Palestinian(a, m, first, e.Code), e.Area);
        }

        if (m.FirstNotIsrael is { } other)
        {
            return (Palestinian(a, m, first, other.Code), other.Area);
        }

        return m.Places.Count > 0 ? (m.Places[0].Code, m.Places[0].Area) : (null, null);
    }

    private static bool Contrast(TextAnalysis a, int from, int to)
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

    private static Mention? Earlier(Mentions m, int first)
    {
        Mention? weak = null;
        for (var k = Mentions.Before(m.Places, first) - 1; k >= 0; k--)
        {
            var place = m.Places[k];

            if (place.Strength >= 2 && place.Code != "israel")
            {
                return place;
            }

            weak ??= place;
        }

        return weak;
    }

    private static string Palestinian(TextAnalysis a, Mentions m, int first, string region)
    {
        if (region != Places.Palestine)
        {
            return region;
        }

        // A Gaza or West Bank place in the figure's paragraph decides (the nearest); else the one the article names more
        // often; Gaza when none.
        var bestDistance = int.MaxValue;
        string? near = null;
        var (gaza, westBank) = m.PalestineStrength;
        var (from, to) = Mentions.Within(m.Places, a.Paragraph, a.Paragraph[first]);
        for (var p = from; p < to; p++)
        {
            var place = m.Places[p];
            if (place.Code is not ("gaza" or "west_bank"))
            {
                continue;
            }

            var distance = Math.Abs(place.First - first);
            if (distance < bestDistance)
            {
                (bestDistance, near) = (distance, place.Code);
            }
        }

        return near ?? (westBank > gaza ? "west_bank" : "gaza");
    }
}
