using CasualtyDashboard.Extraction.Languages.Arabic;
using CasualtyDashboard.Extraction.Tokenization;

namespace CasualtyDashboard.Extraction.Attribution;

/// <summary>
/// Where the victims were: the place named nearest in the figure's sentence, else the demonym of its noun, else a
/// country adjective in the sentence, else the last place named earlier in the paragraph or article, else the first
/// place of the article. Palestinian victims are in Gaza unless the West Bank is the nearer place.
/// </summary>
internal static class RegionResolver
{
    public static (string? Region, string? Area) Resolve(TextAnalysis a, Mentions m, int first, int last, string? demonym)
    {
        var sentence = a.Sentence[first];
        Mention? best = null;
        var bestScore = int.MaxValue;
        Mention? weak = null;
        var weakScore = int.MaxValue;
        foreach (var place in m.Places)
        {
            if (a.Sentence[place.First] != sentence)
            {
                continue;
            }

            var distance = place.Last < first ? first - place.Last : place.First - last;
            if (place.Strength >= 2 && place.Code != "israel")
            {
                if (distance < bestScore)
                {
                    (best, bestScore) = (place, distance);
                }
            }
            else if (distance < weakScore)
            {
                (weak, weakScore) = (place, distance);
            }
        }

        if (best is { } strong)
        {
            return (Palestinian(a, m, first, strong.Code), strong.Area);
        }

        if (demonym is not null)
        {
            return (Palestinian(a, m, first, demonym), null);
        }

        if (weak is { } hint)
        {
            return (Palestinian(a, m, first, hint.Code), hint.Area);
        }

        var earlier = Earlier(m, first);
        if (earlier is { } e)
        {
            return (Palestinian(a, m, first, e.Code), e.Area);
        }

        foreach (var place in m.Places)
        {
            if (place.Code != "israel")
            {
                return (Palestinian(a, m, first, place.Code), place.Area);
            }
        }

        return m.Places.Count > 0 ? (m.Places[0].Code, m.Places[0].Area) : (null, null);
    }

    private static Mention? Earlier(Mentions m, int first)
    {
        Mention? weak = null;
        for (var k = m.Places.Count - 1; k >= 0; k--)
        {
            var place = m.Places[k];
            if (place.First >= first)
            {
                continue;
            }

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

        // The nearest Gaza or West Bank place decides; Gaza when none.
        var bestDistance = int.MaxValue;
        var result = "gaza";
        foreach (var place in m.Places)
        {
            if (place.Code is not ("gaza" or "west_bank"))
            {
                continue;
            }

            var distance = Math.Abs(place.First - first);
            if (distance < bestDistance)
            {
                (bestDistance, result) = (distance, place.Code);
            }
        }

        return result;
    }
}
