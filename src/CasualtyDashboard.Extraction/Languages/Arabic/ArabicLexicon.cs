using CasualtyDashboard.Extraction.Model;
using CasualtyDashboard.Extraction.Normalization;

namespace CasualtyDashboard.Extraction.Languages.Arabic;

/// <summary>
/// The vocabulary as one hash table of normalised forms. Tables are written in ordinary spelling and normalised when
/// loaded, so each word is named once. Lookups strip the clitics و ف ب ل ك ال لل in turn.
/// </summary>
internal static class ArabicLexicon
{
    private static readonly Dictionary<string, WordInfo> Words = Build();
    private static readonly LexiconTable Table = new(Words);

    // Stripping clitics never changes a word's last two letters, so a word whose ending no entry has cannot be found
    // however it is stripped: most words of an article (names, verbs) are rejected here without hashing.
    private static readonly bool[] Endings = BuildEndings();

    // The same for the last three letters, over entries of three letters or more: a probe leaving three letters or more
    // is skipped when no such entry ends like the word (one bit per ending).
    private static readonly ulong[] Endings3 = BuildEndings3();

    // The most leading letters a lookup strips (و + ب + ال), plus one.
    private const int MaxStrip = 5;

    /// <summary>
    /// The entry for a word, trying it whole, then without a conjunction, a preposition and the article.
    /// <paramref name="prefix"/> receives how many leading letters were stripped.
    /// </summary>
    public static WordInfo? Lookup(ReadOnlySpan<char> word, out int prefix)
    {
        prefix = 0;
        if (word.Length < 1 || word.Length > 24)
        {
            return null;
        }

        // A probe leaving three letters or more needs an entry ending in the word's last three letters; without one,
        // only a two-letter remainder (or a word of one or two letters) can be found, and only its hash is needed.
        var long3 = word.Length >= 3 && HasEnding3(word);
        if (!long3 && word.Length >= 3)
        {
            if (!Endings[EndingIndex(word)] || word.Length - 2 >= MaxStrip)
            {
                return null;
            }
        }

        // The hash of word[start..] for each start a probe can use, from one pass over the word read backwards.
        var suffixes = new SuffixHashes();
        var hash = LexiconTable.Seed;
        var stop = long3 || word.Length < 3 ? 0 : word.Length - 2;
        for (var k = word.Length - 1; k >= stop; k--)
        {
            hash = LexiconTable.Prepend(hash, word[k]);
            if (k < MaxStrip)
            {
                suffixes[k] = hash;
            }
        }

        WordInfo? info;
        if ((word.Length < 3 || long3) && (info = Table.Find(word, suffixes[0])) is not null)
        {
            return info;
        }

        var i = 0;
        if (word[0] is 'و' or 'ف')
        {
            i = 1;
            if ((info = TryAt(word, i, long3, suffixes)) is not null)
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
                if ((long3 && (info = Table.FindWithArticle(word[(i + 2)..], LexiconTable.Prepend(LexiconTable.Prepend(suffixes[i + 2], 'ل'), 'ا'))) is not null)
                    || (info = TryAt(word, i + 2, long3, suffixes)) is not null)
                {
                    prefix = i + 2;
                    return info;
                }
            }

            if ((info = TryAt(word, i + 1, long3, suffixes)) is not null)
            {
                prefix = i + 1;
                return info;
            }

            if (word.Length - i > 4 && word[i + 1] == 'ا' && word[i + 2] == 'ل' && (info = TryAt(word, i + 3, long3, suffixes)) is not null)
            {
                prefix = i + 3;
                return info;
            }
        }

        if (word.Length - i > 3 && word[i] == 'ا' && word[i + 1] == 'ل' && (info = TryAt(word, i + 2, long3, suffixes)) is not null)
        {
            prefix = i + 2;
            return info;
        }

        return null;
    }

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

    private static WordInfo? TryAt(ReadOnlySpan<char> word, int start, bool long3, in SuffixHashes suffixes)
    {
        var length = word.Length - start;
        return length == 2 || (length > 2 && long3) ? Table.Find(word[start..], suffixes[start]) : null;
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

    [System.Runtime.CompilerServices.InlineArray(MaxStrip)]
    private struct SuffixHashes
    {
        private uint _first;
    }
}
