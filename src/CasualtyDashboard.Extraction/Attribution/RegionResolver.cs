using System.Runtime.InteropServices;
using CasualtyDashboard.Extraction.Languages.Arabic;
using CasualtyDashboard.Extraction.Numbers;
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
    public static (string? Region, string? Area) Resolve(TextAnalysis a, Mentions m, int first, int last, string? demonym) =>
        Resolve(a, m, first, last, demonym, out _);

    /// <summary>As <see cref="Resolve(TextAnalysis, Mentions, int, int, string?)"/>; <paramref name="own"/> tells whether
    /// the figure's sentence or noun named the place (not a place named earlier or elsewhere in the article).</summary>
    public static (string? Region, string? Area) Resolve(TextAnalysis a, Mentions m, int first, int last, string? demonym, out bool own)
    {
        own = true;
        if (LargerShare(a, m, last) is { } share)
        {
            return (Palestinian(a, m, first, share.Code), share.Area);
        }

        // Tiers: 0 a place named in the figure's clause, 1 a hint (adjective, origin, Israel) in its clause, 2 and 3 the
        // same across في حين / بينما / أما (which open a clause about something else).
        var sentence = a.Sentence[first];
        Mention? best = null;
        var bestTier = int.MaxValue;
        var bestDistance = int.MaxValue;
        var (from, to) = Mentions.Within(m.Places, a.Sentence, sentence);
        var places = CollectionsMarshal.AsSpan(m.Places);
        // The best is the least (tier, distance), the first in text order on a tie. Places are in text order and do not
        // overlap; on each side of the figure the distance grows and a contrast, once passed, stays passed, so past the
        // nearest place and the nearest named place on a side none can do better: only those two of each side are
        // weighed (with any place over the figure itself), and a sentence with many places costs no more per figure.
        var left = from;
        for (int hi = to; left < hi;)
        {
            var mid = (left + hi) >>> 1;
            if (places[mid].Last < first)
            {
                left = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        var right = left;
        while (right < to && places[right].First <= last)
        {
            right++;
        }

        // (Left places are [from, left), places over the figure [left, right), right places [right, to).)
        if (left > from)
        {
            var named = m.NamedPlaceAtOrBefore(left - 1);
            if (named >= from)
            {
                Weigh(a, places[named], first, last, ref best, ref bestTier, ref bestDistance);
            }

            Weigh(a, places[left - 1], first, last, ref best, ref bestTier, ref bestDistance);
        }

        for (var p = left; p < to && (p < right || p == right); p++)
        {
            Weigh(a, places[p], first, last, ref best, ref bestTier, ref bestDistance);
        }

        if (right < to)
        {
            var named = m.NamedPlaceAtOrAfter(right);
            if (named < to)
            {
                Weigh(a, places[named], first, last, ref best, ref bestTier, ref bestDistance);
            }
        }

        // 11 على جبهة غزة و15 على جبهة لبنان: in a list split by place, the place before a count belongs to the count
        // before it; this count's place is the one right after it.
        if (best is { } before && bestTier == 0 && before.Last < first && CountRightBefore(a, before.First)
            && PlaceRightAfter(a, m, last) is { } after && after.Code != "israel")
        {
            (best, bestTier) = (after, 0);
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

        own = false;
        var earlier = Earlier(a, m, first);
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

    /// <summary>A place named (by name) within three words after token <paramref name="last"/>, in its clause, or null.</summary>
    public static Mention? PlaceRightAfter(TextAnalysis a, Mentions m, int last)
    {
        var k = Mentions.Before(m.Places, last + 1);
        if (k >= m.Places.Count || m.Places[k] is not { Strength: >= 2 } place || place.First > last + 4)
        {
            return null;
        }

        for (var j = last + 1; j < place.First; j++)
        {
            if (!a.IsWord(j))
            {
                return null;
            }
        }

        return place;
    }

    // بإصابة 26 جنديا خلال اليوم، 11 على جبهة غزة و15 على جبهة لبنان: a total split by place right after it, past a comma,
    // takes the place of the larger share (SCHEMA "Region of a toll without a place"); null unless two shares follow.
    private static Mention? LargerShare(TextAnalysis a, Mentions m, int last)
    {
        var k = last + 1;
        while (k < a.Limit && k <= last + 12 && a.SameSentence(k, last) && a.Tokens[k].Kind != TokenKind.Comma)
        {
            k++;
        }

        if (k >= a.Limit || k > last + 12 || a.Tokens[k].Kind != TokenKind.Comma || a.Tokens[k].Char is not (',' or '،'))
        {
            return null;
        }

        Mention? larger = null;
        var (shares, largest) = (0, 0m);
        for (k++; k < a.Limit && a.SameSentence(k, last); k++)
        {
            if (a.IsWord(k) && a.Span(k) is "و")
            {
                continue;
            }

            if (a.Tokens[k].Kind != TokenKind.Number || !NumberPhraseReader.TryParseDigits(a.Span(k), out var value) || PlaceRightAfter(a, m, k) is not { } place)
            {
                break;
            }

            shares++;
            if (value > largest)
            {
                (larger, largest) = (place, value);
            }

            k = place.Last;
        }

        return shares >= 2 ? larger : null;
    }

    // A count (a number token) within four tokens before token k with only words between (11 على جبهة غزة).
    private static bool CountRightBefore(TextAnalysis a, int k)
    {
        for (var j = k - 1; j >= 0 && j >= k - 4; j--)
        {
            if (a.Tokens[j].Kind == TokenKind.Number)
            {
                return true;
            }

            if (!a.IsWord(j))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// The country an issuer reports for (a health ministry, a government media office, the Israeli army for its
    /// soldiers), or null for issuers that report on anywhere.
    /// </summary>
    public static string? IssuerCountry(string authority, bool soldiers) => authority switch
    {
        "gaza_moh" or "gaza_gmo" or "gaza_civil_defence" or "gaza_authorities" => "gaza",
        "pa_moh" => "west_bank",
        "lebanon_moh" => "lebanon",
        "syrian_observatory" => "syria",
        "sudan_doctors" => "sudan",
        "israel_army" or "israel_government" or "israel_police" or "magen_david_adom" when soldiers || authority != "israel_army" => "israel",
        _ => null,
    };

    /// <summary>
    /// The country of an outlet from <c>Languages/Arabic/Outlets.tsv</c> (decision 073): the first line whose key the
    /// outlet field contains (its name, its domain or an aggregator, a country named in it, an Arabic description such as
    /// "صحيفة أردنية"); null for an unknown outlet and for a pan-Arab or international one (region "-").
    /// </summary>
    public static string? OutletCountry(string? outlet)
    {
        if (string.IsNullOrEmpty(outlet))
        {
            return null;
        }

        foreach (var (key, region) in OutletTable)
        {
            if (outlet.Contains(key, StringComparison.OrdinalIgnoreCase))
            {
                return region;
            }
        }

        return null;
    }

    private const string OutletResource = "CasualtyDashboard.Extraction.Outlets.tsv";

    // Key and region of every line, in the file's order (the first match wins); a pan-Arab outlet's region is null.
    private static readonly (string Key, string? Region)[] OutletTable = ReadOutlets();

    internal static (string Key, string? Region)[] ReadOutlets()
    {
        using var stream = typeof(RegionResolver).Assembly.GetManifestResourceStream(OutletResource)
            ?? throw new InvalidOperationException($"embedded resource {OutletResource} is missing");
        using var reader = new StreamReader(stream);
        var rows = new List<(string, string?)>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var cells = line.Split('\t');
            rows.Add((cells[0], cells[1] == "-" ? null : cells[1]));
        }

        return [.. rows];
    }

    private static bool Contrast(TextAnalysis a, int from, int to) => a.ContrastBetween(from, to);

    // A place of the figure's sentence against the best so far: a lower tier, or the same tier nearer, wins.
    private static void Weigh(TextAnalysis a, Mention place, int first, int last, ref Mention? best, ref int bestTier, ref int bestDistance)
    {
        var distance = place.Last < first ? first - place.Last : place.First - last;
        var cross = Contrast(a, Math.Min(place.Last, last), Math.Max(place.First, first));
        var tier = (cross ? 2 : 0) + (IsNamed(place) ? 0 : 1);
        if (tier < bestTier || (tier == bestTier && distance < bestDistance))
        {
            (best, bestTier, bestDistance) = (place, tier, distance);
        }
    }

    /// <summary>A place named by name (not a hint, an adjective or Israel as the other side).</summary>
    public static bool IsNamed(Mention place) => place.Strength >= 2 && place.Code != "israel";

    private static Mention? Earlier(TextAnalysis a, Mentions m, int first)
    {
        Mention? weak = null;
        for (var k = Mentions.Before(m.Places, first) - 1; k >= 0; k--)
        {
            var place = m.Places[k];

            if (place.Strength >= 2 && place.Code != "israel")
            {
                // في لبنان وسوريا: a total over the countries of a list takes the first named.
                while (k > 0 && m.Places[k - 1] is { Strength: >= 2 } before && before.Last + 1 == place.First && a.Prefix[place.First] == 1 && a.Span(place.First)[0] == 'و')
                {
                    (place, k) = (before, k - 1);
                }

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
