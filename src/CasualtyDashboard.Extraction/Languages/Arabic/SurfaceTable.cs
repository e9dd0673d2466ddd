using System.Numerics;

namespace CasualtyDashboard.Extraction.Languages.Arabic;

/// <summary>
/// Every form a vocabulary entry can take with clitics, with the entry and how many letters of clitics it has: an
/// open-addressing hash table read with spans of article text, so a word is found by hashing it once and comparing it
/// with one stored form, and no string is made. The forms are fixed at load and never come from input, so hash
/// flooding is not a concern.
/// </summary>
internal sealed class SurfaceTable
{
    // A blocked Bloom filter of the forms' hashes, 32 KiB: two bits in one 64-bit word per form. Most words of an
    // article (names, verbs) are no form, and the filter, small enough to stay in cache, turns nearly all of them away
    // before the table, most of which is out of cache, is read.
    private const int FilterBits = 12;
    private readonly ulong[] _filter = new ulong[1 << FilterBits];

    // One 32-bit slot per position: a tag from the form's hash above its number + 1 (0 marks an empty slot). About
    // two thirds full; a probe reads on along one cache line.
    private const int NumberBits = 17;
    private readonly uint[] _slots;
    private readonly int _shift;

    // The forms, end to end in one array, and for each, where it is in that array and what it finds. Numbered in the
    // order given, so the forms given first (the common ones) share cache lines.
    private const int LengthBits = 5;
    private readonly char[] _chars;
    private readonly Surface[] _surfaces;

    public SurfaceTable(List<(string Form, WordInfo Info, int Prefix)> forms)
    {
        if (forms.Count >= (1 << NumberBits) - 1)
        {
            throw new ArgumentException($"{forms.Count} forms: SurfaceTable numbers at most {(1 << NumberBits) - 2} (widen NumberBits)");
        }

        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, forms.Count * 3 / 2));
        _slots = new uint[size];
        _shift = 32 - BitOperations.Log2((uint)size);
        _chars = new char[forms.Sum(f => f.Form.Length)];
        _surfaces = new Surface[forms.Count];
        var at = 0;
        for (var n = 0; n < forms.Count; n++)
        {
            var (form, info, prefix) = forms[n];
            if (form.Length >= 1 << LengthBits || prefix > byte.MaxValue || at >= 1 << (31 - LengthBits))
            {
                throw new ArgumentException($"SurfaceTable cannot hold the form {form} (widen LengthBits)");
            }

            form.CopyTo(_chars.AsSpan(at));
            _surfaces[n] = new Surface(info, (byte)prefix, (at << LengthBits) | form.Length);
            at += form.Length;
            var hash = Hash(form);
            _filter[FilterWord(hash)] |= FilterMask(hash);
            var i = Index(hash);
            while (_slots[i] != 0)
            {
                i = (i + 1) & (size - 1);
            }

            _slots[i] = Tag(hash) | (uint)(n + 1);
        }
    }

    public int Count => _surfaces.Length;

    /// <summary>The entry <paramref name="word"/> is a form of, with its clitics' length; <see cref="Surface.None"/> when it is none.</summary>
    public ref readonly Surface Find(ReadOnlySpan<char> word)
    {
        var hash = Hash(word);
        var mask = FilterMask(hash);
        if ((_filter[FilterWord(hash)] & mask) == mask)
        {
            var slots = _slots;
            var tag = Tag(hash);
            for (var i = Index(hash); slots[i] != 0; i = (i + 1) & (slots.Length - 1))
            {
                var slot = slots[i];
                if ((slot & ~((1u << NumberBits) - 1)) != tag)
                {
                    continue;
                }

                ref readonly var surface = ref _surfaces[(int)(slot & ((1u << NumberBits) - 1)) - 1];
                if (word.SequenceEqual(_chars.AsSpan(surface.Chars >> LengthBits, surface.Chars & ((1 << LengthBits) - 1))))
                {
                    return ref surface;
                }
            }
        }

        return ref Surface.None;
    }

    // FNV-1a taking two letters a step, then a shift so the high bits reach the low ones.
    private static uint Hash(ReadOnlySpan<char> word)
    {
        unchecked
        {
            var hash = 2166136261u ^ (uint)word.Length;
            var k = 0;
            for (; k + 1 < word.Length; k += 2)
            {
                hash = (hash ^ word[k] ^ ((uint)word[k + 1] << 16)) * 16777619u;
            }

            if (k < word.Length)
            {
                hash = (hash ^ word[k]) * 16777619u;
            }

            return hash ^ (hash >> 15);
        }
    }

    // The filter word from the hash's low bits, and two bits in it from the next twelve.
    private static int FilterWord(uint hash) => (int)(hash & ((1 << FilterBits) - 1));

    private static ulong FilterMask(uint hash) => (1UL << (int)((hash >> FilterBits) & 63)) | (1UL << (int)((hash >> (FilterBits + 6)) & 63));

    // The slot's tag: the hash's top bits (which the filter does not use).
    private static uint Tag(uint hash) => hash & ~((1u << NumberBits) - 1);

    // Fibonacci hashing: the top bits of the product spread every bit of the hash over the index.
    private int Index(uint hash) => (int)(unchecked(hash * 2654435769u) >> _shift);
}

/// <summary>
/// A form of an entry as the table holds it: the entry, the length of the form's clitics, and the entry's flags and
/// traits copied out (so that reading them costs no read of the entry), and where the form's letters are.
/// </summary>
internal readonly struct Surface
{
    /// <summary>No entry: what an unknown word finds.</summary>
    public static readonly Surface None;

    public Surface(WordInfo info, byte prefix, int chars)
    {
        Info = info;
        Prefix = prefix;
        Chars = chars;
        Flags = info.Flags;
        Traits = (info.Phrases is not null ? WordTraits.StartsPhrases : WordTraits.None)
            | (info.NumberKind != NumberWordKind.None || info.Count == 2 ? WordTraits.StartsCount : WordTraits.None)
            | (info is { Demonym: not null, IsPerson: false } ? WordTraits.Land : WordTraits.None);
    }

    public WordInfo? Info { get; }

    public WordFlags Flags { get; }

    /// <summary>Start (above the low five bits) and length of the form in the table's letters.</summary>
    public int Chars { get; }

    public byte Prefix { get; }

    public WordTraits Traits { get; }
}
