using System.Globalization;
using CasualtyDashboard.Extraction.Attribution;
using CasualtyDashboard.Extraction.Tokenization;

namespace CasualtyDashboard.Extraction.Languages.Arabic;

/// <summary>
/// Places from GeoNames (Gazetteer.tsv, written by tools/make-gazetteer.py, with its provenance and licence in its
/// header): countries, first-level divisions and towns of the Middle East, North Africa and their neighbours, capitals
/// and large towns elsewhere. Loaded once, with the rest of the vocabulary. The hand-written table of
/// <see cref="Places"/> overrides it; a name several places share is settled per article by the other places around it
/// (<see cref="Settle"/>), and a small town, whose name is more often an ordinary word or a surname than the town, counts
/// only after a place cue (في، مدينة، بلدة، قرية، مخيم، محافظة ...).
/// </summary>
internal static class Gazetteer
{
    /// <summary>A town this large (or a country, a division's full name, a name of two words) needs no place cue.</summary>
    public const int BigTown = 100_000;

    /// <summary>A one-word name shorter than this (without ال) needs a place cue whatever its size (صور، بلد، كان).</summary>
    public const int ShortName = 4;

    private const string Resource = "CasualtyDashboard.Extraction.Gazetteer.tsv";

    // What a gazetteer phrase (or a hand-written one with homonyms elsewhere) may name, by the phrase object.
    private static readonly Dictionary<Phrase, Entry> Entries = new(ReferenceEqualityComparer.Instance);

    /// <summary>One place a name may stand for, with its size (countries and divisions count their towns).</summary>
    internal readonly record struct Candidate(string Region, string? Area, long Population, char Kind);

    private sealed record Entry(Candidate[] Candidates, bool NeedsCue);

    /// <summary>The gazetteer's rows: names, region[/area], population, kind (c country, d division, t town).</summary>
    internal static IEnumerable<(string[] Names, string Region, string? Area, long Population, char Kind)> Rows()
    {
        using var stream = typeof(Gazetteer).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"embedded resource {Resource} is missing");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var cells = line.Split('\t');
            var slash = cells[1].IndexOf('/');
            yield return (cells[0].Split('|'), slash < 0 ? cells[1] : cells[1][..slash], slash < 0 ? null : cells[1][(slash + 1)..],
                long.Parse(cells[2], CultureInfo.InvariantCulture), cells[3][0]);
        }
    }

    /// <summary>
    /// Adds the gazetteer's names to <paramref name="b"/>, after every other table: a name the hand-written table has
    /// (<paramref name="hand"/>, by normalised name) only adds its other places as homonyms; a stop-listed name, a name
    /// another table already gives a phrase, and a one-word name that is already a word of the vocabulary are left out;
    /// a name of <paramref name="cueOnly"/> needs a place cue whatever its size.
    /// </summary>
    public static void Register(LexiconBuilder b, Dictionary<string, Phrase> hand, HashSet<string> stop, HashSet<string> cueOnly)
    {
        var byName = new Dictionary<string, List<Candidate>>(StringComparer.Ordinal);
        foreach (var (names, region, area, population, kind) in Rows())
        {
            foreach (var name in names.SelectMany(Spellings))
            {
                var key = Key(name);
                if (key.Length == 0 || stop.Contains(key))
                {
                    continue;
                }

                if (!byName.TryGetValue(key, out var list))
                {
                    byName[key] = list = [];
                }

                list.Add(new Candidate(region, area, population, kind));
            }
        }

        foreach (var (key, all) in byName)
        {
            // One candidate per region, the largest first.
            var candidates = all.OrderByDescending(Rank).DistinctBy(c => c.Region).ToArray();
            if (hand.TryGetValue(key, out var own))
            {
                // (Not for a Gaza or West Bank place: the table places East Jerusalem in the West Bank, GeoNames in Israel.)
                if (own.Code is not ("gaza" or "west_bank") && candidates.Any(c => c.Region != own.Code))
                {
                    Entries[own] = new Entry([new Candidate(own.Code!, own.Area, long.MaxValue, 'h'), .. candidates.Where(c => c.Region != own.Code)], false);
                }

                continue;
            }

            if (Words(b, key) is not { } words)
            {
                continue;
            }

            var top = candidates[0];
            var bare = words[0].StartsWith("ال", StringComparison.Ordinal) ? words[0].Length - 2 : words[0].Length;
            var needsCue = cueOnly.Contains(key) || (words.Length == 1 && top.Kind is 't' or 'd' && (candidates.Max(c => c.Population) < BigTown || bare < ShortName));
            Phrase? made = null;
            b.Phrase(string.Join(' ', words), rest => made = new Phrase(rest, PhraseKind.Place) { Code = top.Region, Area = top.Area, Strength = 2 });
            if (candidates.Length > 1 || needsCue)
            {
                Entries[made!] = new Entry(candidates, needsCue);
            }
        }
    }

    // كفر نبل is also written كفرنبل: a name opening with كفر ("village of") comes in both spellings.
    private static IEnumerable<string> Spellings(string name) =>
        name.StartsWith("كفر ", StringComparison.Ordinal) ? [name, string.Concat("كفر", name.AsSpan(4))] : [name];

    /// <summary>
    /// Settles the article's gazetteer places: drops a small town named without a place cue, and gives a name several
    /// places share the one whose country the nearest other place of the paragraph (else of the article) names, else
    /// the one in the outlet's country (<paramref name="home"/>), else the first (the hand-written table's, else the largest).
    /// </summary>
    public static void Settle(TextAnalysis a, List<Mention> places, string? home = null)
    {
        if (Entries.Count == 0)
        {
            return;
        }

        var kept = 0;
        for (var p = 0; p < places.Count; p++)
        {
            var place = places[p];
            if (a.PhraseAt[place.First] is not { } phrase || !Entries.TryGetValue(phrase, out var entry))
            {
                places[kept++] = place;
                continue;
            }

            if (entry.NeedsCue && !Cued(a, place.First, place.Last))
            {
                continue;
            }

            if (entry.Candidates.Length > 1 && (Neighbour(a, places, p, entry.Candidates) ?? Home(entry.Candidates, home)) is { } chosen)
            {
                // (No place around it: the outlet's country, when the name may be one of its places; decision 073.)
                place = place with { Code = chosen.Region, Area = chosen.Area };
            }

            places[kept++] = place;
        }

        places.RemoveRange(kept, places.Count - kept);
    }

    // The first candidate in the outlet's country, or null.
    private static Candidate? Home(Candidate[] candidates, string? home)
    {
        if (home is null)
        {
            return null;
        }

        foreach (var candidate in candidates)
        {
            if (candidate.Region == home)
            {
                return candidate;
            }
        }

        return null;
    }

    // The candidate whose region the nearest unambiguous place names, within Reach places on either side, one of the
    // same paragraph before any other; null when none does (the first candidate stands). (Bounded, so a page naming a
    // shared name over and over costs no more per mention.)
    private static Candidate? Neighbour(TextAnalysis a, List<Mention> places, int p, Candidate[] candidates)
    {
        Candidate? best = null;
        var (bestDistance, paragraph) = (int.MaxValue, a.Paragraph[places[p].First]);
        for (var q = Math.Max(0, p - Reach); q < places.Count && q <= p + Reach; q++)
        {
            var other = places[q];
            if (q == p || (a.PhraseAt[other.First] is { } phrase && Entries.TryGetValue(phrase, out var e) && e.Candidates.Length > 1))
            {
                continue;
            }

            foreach (var candidate in candidates)
            {
                var distance = Math.Abs(other.First - places[p].First) + (a.Paragraph[other.First] == paragraph ? 0 : 1 << 24);
                if (candidate.Region == other.Code && distance < bestDistance)
                {
                    (best, bestDistance) = (candidate, distance);
                }
            }
        }

        return best;
    }

    private const int Reach = 64;

    // في before the name (not a clitic ب: بحجة is also "on the pretext"), a settlement or division word (مدينة، بلدة،
    // قرية، مخيم، محافظة، منطقة ...) or a direction (شمال، جنوب ...) right before it, or a direction right after it.
    private static bool Cued(TextAnalysis a, int first, int last)
    {
        if (a.Has(last + 1, WordFlags.Direction) || a.Has(first - 1, WordFlags.Direction))
        {
            return true;
        }

        if (!a.IsWord(first - 1))
        {
            return false;
        }

        // (A settlement word with its clitics: بمدينة، والمخيم; a word of place bare or after و / ب: وفي، بقرب; على right
        // after a strike: غارة على صور، القصف على المرج — not على alone, as in على صور الأقمار.)
        return a.Is(first - 1, WordRole.Settlement)
            || a.Is(first - 1, WordRole.AtPlace) && (a.Prefix[first - 1] == 0 || a.Prefix[first - 1] == 1 && a.Span(first - 1)[0] is 'و' or 'ب')
            || a.Has(first - 1, WordFlags.On) && a.Prefix[first - 1] == 0 && a.Is(first - 2, WordRole.StrikeNoun);
    }

    /// <summary>
    /// Adds a hand-written town the gazetteer lacks whose name is also a common word (<see cref="Places"/>' CueOnlyTowns):
    /// it counts only after a place cue, as a small gazetteer town does.
    /// </summary>
    public static Phrase AddCueOnly(LexiconBuilder b, string name, string region, string? area)
    {
        Phrase? made = null;
        b.Phrase(name, rest => made = new Phrase(rest, PhraseKind.Place) { Code = region, Area = area, Strength = 2 });
        Entries[made!] = new Entry([new Candidate(region, area, 0, 't')], true);
        return made!;
    }

    /// <summary>
    /// Adds a name several countries give themselves (<see cref="Places"/>' SharedNames: المملكة): the first of
    /// <paramref name="regions"/> unless the places around it name another (<see cref="Settle"/>).
    /// </summary>
    public static Phrase AddShared(LexiconBuilder b, string name, string[] regions)
    {
        Phrase? made = null;
        b.Phrase(name, rest => made = new Phrase(rest, PhraseKind.Place) { Code = regions[0], Strength = 2 });
        Entries[made!] = new Entry([.. regions.Select((r, i) => new Candidate(r, null, i == 0 ? long.MaxValue : 0, 'c'))], false);
        return made!;
    }

    /// <summary>The normalised form of a name, its words separated by one space (a hyphen separates words too).</summary>
    public static string Key(string name) => string.Join(' ', LexiconBuilderText.Normalize(name.Replace('-', ' '))
        .Split(' ', StringSplitOptions.RemoveEmptyEntries));

    // The words a name is entered under, or null when it is left out: the vocabulary has the name already (the same
    // phrase from another table, or one word that is a known word), or the name is one word that is a form of a known
    // word with clitics. A name of several words whose first word is such a form (البحر الأحمر, وادي السير: و + أدى) is
    // entered under the known word, which the lookup finds through the clitics: an entry of its own would hide that
    // word (README: phrases are written without the article on their first word).
    private static string[]? Words(LexiconBuilder b, string key)
    {
        var words = key.Split(' ');
        var word = words[0];
        if (b.Entries.TryGetValue(word, out var known))
        {
            if (words.Length == 1 && (known.Flags != 0 || known.Roles != 0 || known.Category is not null || known.IsPerson || known.NumberKind != NumberWordKind.None || known.Demonym is not null))
            {
                return null;
            }
        }
        else
        {
            foreach (var clitic in Clitics)
            {
                if (word.Length > clitic.Length + 1 && word.StartsWith(clitic, StringComparison.Ordinal) && b.Entries.ContainsKey(word[clitic.Length..]))
                {
                    if (words.Length == 1)
                    {
                        return null;
                    }

                    words[0] = word[clitic.Length..];
                    break;
                }
            }
        }

        return b.Entries.TryGetValue(words[0], out var first) && first.Phrases is { } phrases && phrases.Any(p => p.Rest.AsSpan().SequenceEqual(words.AsSpan(1)))
            ? null
            : words;
    }

    private static readonly string[] Clitics = ["و", "ف", "ب", "ل", "ك", "ال", "وال", "بال", "لل", "وب", "ول"];

    private static long Rank(Candidate c) => c.Kind == 'c' ? long.MaxValue / 2 + c.Population : c.Population;
}
