using System.Runtime.CompilerServices;
using CasualtyDashboard.Extraction.Model;
using CasualtyDashboard.Extraction.Normalization;

namespace CasualtyDashboard.Extraction.Languages.Arabic;

/// <summary>
/// The vocabulary as one hash table of normalised forms. Tables are written in ordinary spelling and normalised when
/// loaded, so each word is named once. Lookups strip the clitics و ف ب ل ك ال لل in turn; since what that finds depends
/// on the word alone, it is done once at load for every form an entry can take with clitics, and a word of an article
/// is then found by one probe of the table of those forms (<see cref="SurfaceTable"/>).
/// </summary>
internal static class ArabicLexicon
{
    private static readonly Dictionary<string, WordInfo> Words = Build();
    private static readonly Dictionary<string, WordInfo>.AlternateLookup<ReadOnlySpan<char>> SpanLookup =
        Words.GetAlternateLookup<ReadOnlySpan<char>>();

    // (For Strip, which builds the surface table.) Stripping clitics never changes a word's last two letters, so a word
    // whose ending no entry has cannot be found however it is stripped, and is rejected without hashing.
    private static readonly bool[] Endings = BuildEndings();

    // The same for the last three letters, over entries of three letters or more: a probe leaving three letters or more
    // is skipped when no such entry ends like the word (one bit per ending).
    private static readonly ulong[] Endings3 = BuildEndings3();

    // The clitic runs Strip can remove: an optional و / ف, then nothing, a preposition ب ل ك (with the article or
    // not), لل, or the article. (After لل it also finds ال + the rest: those forms come from entries with ال.)
    private static readonly string[] Clitics =
        [.. from conjunction in new[] { "", "و", "ف" }
            from rest in new[] { "", "ب", "ل", "ك", "لل", "بال", "لال", "كال", "ال" }
            select conjunction + rest];

    // Every form Strip finds, with what it finds. Built last: it reads the tables above.
    private static readonly SurfaceTable Surfaces = BuildSurfaces();

    /// <summary>
    /// The entry for a word, trying it whole, then without a conjunction, a preposition and the article.
    /// <paramref name="prefix"/> receives how many leading letters were stripped.
    /// </summary>
    public static WordInfo? Lookup(ReadOnlySpan<char> word, out int prefix) => Find(word, out prefix).Info;

    /// <summary>The entry <see cref="Lookup"/> finds, with what is copied out of it; <see cref="Stem.None"/> for an unknown word.</summary>
    public static ref readonly Stem Find(ReadOnlySpan<char> word, out int prefix)
    {
        if (word.Length < 1 || word.Length > 24)
        {
            prefix = 0;
            return ref Stem.None;
        }

        return ref Surfaces.Find(word, out prefix);
    }

    /// <summary>As <see cref="Find(ReadOnlySpan{char}, out int)"/>, through the calling thread's <paramref name="cache"/>.</summary>
    public static ref readonly Stem Find(ReadOnlySpan<char> word, SurfaceCache cache, out int prefix)
    {
        if (word.Length < 1 || word.Length > 24)
        {
            prefix = 0;
            return ref Stem.None;
        }

        return ref Surfaces.Find(word, cache, out prefix);
    }

    /// <summary>
    /// What <see cref="Lookup"/> answers, found by stripping clitics and probing the entries with each remainder. Used
    /// to build the table of surface forms, and by tests to check it.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static WordInfo? Strip(ReadOnlySpan<char> word, out int prefix)
    {
        prefix = 0;
        if (word.Length < 1 || word.Length > 24)
        {
            return null;
        }

        if (!Endings[EndingIndex(word)])
        {
            return null;
        }

        var long3 = word.Length >= 3 && HasEnding3(word);
        if ((word.Length < 3 || long3) && SpanLookup.TryGetValue(word, out var info))
        {
            return info;
        }

        var i = 0;
        if (word[0] is 'و' or 'ف')
        {
            i = 1;
            if (TryAt(word, i, long3, out info))
            {
                prefix = i;
                return info;
            }
        }

        if (word.Length - i > 2 && word[i] is 'ب' or 'ل' or 'ك')
        {
            // لل = ل + ال: an entry written with the article (الجيش، الصليب) is the closer match, else the bare stem.
            if (word[i] == 'ل' && word.Length - i > 3 && word[i + 1] == 'ل')
            {
                if ((long3 && TryWithArticle(word[(i + 2)..], out info)) || TryAt(word, i + 2, long3, out info))
                {
                    prefix = i + 2;
                    return info;
                }
            }

            if (TryAt(word, i + 1, long3, out info))
            {
                prefix = i + 1;
                return info;
            }

            if (word.Length - i > 4 && word[i + 1] == 'ا' && word[i + 2] == 'ل' && TryAt(word, i + 3, long3, out info))
            {
                prefix = i + 3;
                return info;
            }
        }

        if (word.Length - i > 3 && word[i] == 'ا' && word[i + 1] == 'ل' && TryAt(word, i + 2, long3, out info))
        {
            prefix = i + 2;
            return info;
        }

        return null;
    }

    /// <summary>Every entry's normalised form (for tests).</summary>
    internal static IEnumerable<string> Forms => Words.Keys;

    /// <summary>True when <paramref name="word"/>, maybe with clitics, is the normalised form <paramref name="expected"/>.</summary>
    public static bool Matches(ReadOnlySpan<char> word, string expected)
    {
        // The word is the form itself or the form after one of the clitic runs below (at most four letters): the last
        // letters must agree, which rejects most words before any comparing.
        var extra = word.Length - expected.Length;
        if (unchecked((uint)extra) > 4 || expected.Length == 0 || word[^1] != expected[^1] || !word[extra..].SequenceEqual(expected))
        {
            return expected.Length == 0 && MatchesEmpty(word);
        }

        return extra == 0 || word[..extra] is "و" or "ف" or "ب" or "ل" or "ك" or "ال" or "وال" or "بال" or "وب" or "ول" or "لل" or "ولل" or "فال" or "وبال" or "كال";
    }

    // An empty form (no phrase has one): the word is empty or one of the clitic runs on its own.
    private static bool MatchesEmpty(ReadOnlySpan<char> word) =>
        word.Length == 0 || word is "و" or "ف" or "ب" or "ل" or "ك" or "ال" or "وال" or "بال" or "وب" or "ول" or "لل" or "ولل" or "فال" or "وبال" or "كال";

    public static string Normalize(string word) => ArabicNormalizer.NormalizeWord(word);

    private static bool TryWithArticle(ReadOnlySpan<char> stem, out WordInfo info)
    {
        Span<char> buffer = stackalloc char[26];
        buffer[0] = 'ا';
        buffer[1] = 'ل';
        stem.CopyTo(buffer[2..]);
        return SpanLookup.TryGetValue(buffer[..(stem.Length + 2)], out info!);
    }

    private static bool TryAt(ReadOnlySpan<char> word, int start, bool long3, out WordInfo info)
    {
        info = null!;
        var length = word.Length - start;
        return (length == 2 || (length > 2 && long3)) && SpanLookup.TryGetValue(word[start..], out info!);
    }

    private static int Ending3Index(ReadOnlySpan<char> word) =>
        ((word[^3] & 0x3F) << 12) | ((word[^2] & 0x3F) << 6) | (word[^1] & 0x3F);

    private static bool HasEnding3(ReadOnlySpan<char> word)
    {
        var index = Ending3Index(word);
        return (Endings3[index >> 6] & (1UL << (index & 63))) != 0;
    }

    private static ulong[] BuildEndings3()
    {
        var bits = new ulong[(1 << 18) / 64];
        foreach (var key in Words.Keys)
        {
            if (key.Length >= 3)
            {
                var index = Ending3Index(key);
                bits[index >> 6] |= 1UL << (index & 63);
            }
        }

        return bits;
    }

    private static int EndingIndex(ReadOnlySpan<char> word) =>
        word.Length == 1 ? word[0] & 0xFF : ((word[^2] & 0xFF) << 8) | (word[^1] & 0xFF);

    private static bool[] BuildEndings()
    {
        var endings = new bool[1 << 16];
        foreach (var key in Words.Keys)
        {
            endings[EndingIndex(key)] = true;
            if (key.Length >= 2)
            {
                // A one-letter remainder after stripping (rare) keeps its own index.
                endings[key[^1] & 0xFF] = true;
            }
        }

        return endings;
    }

    // A word Strip finds is a run of Clitics before an entry, or one of و / ف and لل before an entry with the article
    // less its ال (للجيش): every such form, with Strip's answer for it, is every form there is to find.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static SurfaceTable BuildSurfaces()
    {
        var surfaces = new List<(string Form, WordInfo Info, int Prefix)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var keys = Words.Keys.ToList();
        // Clitic runs outside, shortest first: the bare and the و / ال forms, most of any text, end up side by side.
        foreach (var clitic in Clitics.OrderBy(c => c.Length))
        {
            foreach (var key in keys)
            {
                Add(clitic + key);
            }
        }

        foreach (var conjunction in new[] { "", "و", "ف" })
        {
            foreach (var key in keys.Where(k => k.StartsWith("ال", StringComparison.Ordinal)))
            {
                Add(conjunction + "لل" + key[2..]);
            }
        }

        return new SurfaceTable(surfaces);

        void Add(string form)
        {
            if (seen.Add(form) && Strip(form, out var prefix) is { } info)
            {
                surfaces.Add((form, info, prefix));
            }
        }
    }

    private static Dictionary<string, WordInfo> Build()
    {
        var builder = new LexiconBuilder();
        NumberWords.Register(builder);
        CasualtyWords.Register(builder);
        PersonNouns.Register(builder);
        ContextWords.Register(builder);
        Calendar.Register(builder);
        Authorities.Register(builder);
        Places.Register(builder);
        return builder.Entries;
    }
}
