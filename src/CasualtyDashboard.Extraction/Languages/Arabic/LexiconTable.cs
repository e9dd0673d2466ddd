using System.Numerics;

namespace CasualtyDashboard.Extraction.Languages.Arabic;

/// <summary>
/// The vocabulary as an open-addressing hash table read with spans of article text. Keys are hashed from their last
/// letter back (FNV-1a over the UTF-16 units in reverse), so one pass over a word gives the hash of every suffix: each
/// way of stripping its clitics costs a probe, not another hash, and no string is made. The keys are fixed at load and
/// never come from input, so hash flooding is not a concern.
/// </summary>
internal sealed class LexiconTable
{
    public const uint Seed = 2166136261u;

    // Probing reads only the compact hash array (a quarter full or less, so a miss usually stops at the first slot);
    // the entry is read when the hash agrees. A stored hash is never 0, which marks an empty slot.
    private readonly uint[] _hashes;
    private readonly int[] _entry;
    private readonly string[] _keys;
    private readonly WordInfo[] _infos;
    private readonly int _shift;

    public LexiconTable(Dictionary<string, WordInfo> entries)
    {
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, entries.Count * 2));
        _hashes = new uint[size];
        _entry = new int[size];
        _keys = new string[entries.Count];
        _infos = new WordInfo[entries.Count];
        _shift = 32 - BitOperations.Log2((uint)size);
        var n = 0;
        foreach (var (key, info) in entries)
        {
            var hash = Hash(key) | 1;
            var i = Index(hash);
            while (_hashes[i] != 0)
            {
                i = (i + 1) & (size - 1);
            }

            (_hashes[i], _entry[i], _keys[n], _infos[n]) = (hash, n, key, info);
            n++;
        }
    }

    /// <summary>The hash of <paramref name="c"/> followed by the text already hashed into <paramref name="hash"/>.</summary>
    public static uint Prepend(uint hash, char c) => unchecked((hash ^ c) * 16777619u);

    public static uint Hash(ReadOnlySpan<char> key)
    {
        var hash = Seed;
        for (var i = key.Length - 1; i >= 0; i--)
        {
            hash = Prepend(hash, key[i]);
        }

        return hash;
    }

    /// <summary>The entry for <paramref name="key"/>, whose hash is <paramref name="hash"/>, or null.</summary>
    public WordInfo? Find(ReadOnlySpan<char> key, uint hash)
    {
        hash |= 1;
        var hashes = _hashes;
        var mask = hashes.Length - 1;
        for (var i = Index(hash); ; i = (i + 1) & mask)
        {
            var stored = hashes[i];
            if (stored == 0)
            {
                return null;
            }

            if (stored == hash && key.SequenceEqual(_keys[_entry[i]]))
            {
                return _infos[_entry[i]];
            }
        }
    }

    /// <summary>The entry for ال + <paramref name="stem"/>, whose hash is <paramref name="hash"/>, or null.</summary>
    public WordInfo? FindWithArticle(ReadOnlySpan<char> stem, uint hash)
    {
        hash |= 1;
        var hashes = _hashes;
        var mask = hashes.Length - 1;
        for (var i = Index(hash); ; i = (i + 1) & mask)
        {
            var stored = hashes[i];
            if (stored == 0)
            {
                return null;
            }

            if (stored == hash && _keys[_entry[i]] is var key && key.Length == stem.Length + 2 && key[0] == 'ا' && key[1] == 'ل' && stem.SequenceEqual(key.AsSpan(2)))
            {
                return _infos[_entry[i]];
            }
        }
    }

    // Fibonacci hashing: the top bits of the product spread every bit of the hash over the index.
    private int Index(uint hash) => (int)(unchecked(hash * 2654435769u) >> _shift);
}
