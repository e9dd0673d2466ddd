using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

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

    // One 64-bit slot per position, the form's record itself (0 marks an empty slot: every form has a letter): where its
    // letters start in _chars, their number, its clitics' length, its entry's number, and a tag from its hash. About
    // two thirds full; a probe reads on along one cache line. A word found reads the slot and then its letters, with no
    // record of the form between them to wait for.
    private const int StartBits = 22, LengthBits = 5, PrefixBits = 3, StemBits = 16;
    private const int LengthShift = StartBits, PrefixShift = LengthShift + LengthBits, StemShift = PrefixShift + PrefixBits;
    private const int TagShift = StemShift + StemBits;
    private readonly ulong[] _slots;
    private readonly int _shift;
    private readonly int _count;

    // The forms' letters, end to end, in the order given, so the forms given first (the common ones) share cache lines.
    private readonly char[] _chars;

    // The entries, numbered from 1 in the order their first form was given (0 is no entry): a few thousand, read for
    // every word found, so they stay in cache where the forms do not.
    private readonly Stem[] _stems;

    public SurfaceTable(List<(string Form, WordInfo Info, int Prefix)> forms)
    {
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, forms.Count * 3 / 2));
        _slots = new ulong[size];
        _shift = 32 - BitOperations.Log2((uint)size);
        _chars = new char[forms.Sum(f => f.Form.Length)];
        _count = forms.Count;
        var numbers = new Dictionary<WordInfo, ushort>(ReferenceEqualityComparer.Instance);
        var stems = new List<Stem> { Stem.None };
        var at = 0;
        for (var n = 0; n < forms.Count; n++)
        {
            var (form, info, prefix) = forms[n];
            if (form.Length is 0 or >= 1 << LengthBits || prefix >= 1 << PrefixBits || at + form.Length > 1 << StartBits || stems.Count >= 1 << StemBits)
            {
                throw new ArgumentException($"SurfaceTable cannot hold the form {form} (widen the slot's fields)");
            }

            if (!numbers.TryGetValue(info, out var stem))
            {
                stem = (ushort)stems.Count;
                numbers.Add(info, stem);
                stems.Add(new Stem(info));
            }

            form.CopyTo(_chars.AsSpan(at));
            var hash = Hash(form);
            _filter[FilterWord(hash)] |= FilterMask(hash);
            var i = Index(hash);
            while (_slots[i] != 0)
            {
                i = (i + 1) & (size - 1);
            }

            _slots[i] = Tag(hash) | ((ulong)stem << StemShift) | ((ulong)prefix << PrefixShift) | ((ulong)form.Length << LengthShift) | (uint)at;
            at += form.Length;
        }

        _stems = [.. stems];
    }

    public int Count => _count;

    /// <summary>
    /// The entry <paramref name="word"/> is a form of (<see cref="Stem.None"/> when it is none), and in
    /// <paramref name="prefix"/> the length of the form's clitics.
    /// </summary>
    public ref readonly Stem Find(ReadOnlySpan<char> word, out int prefix)
    {
        var hash = Hash(word);
        var mask = FilterMask(hash);
        if ((_filter[FilterWord(hash)] & mask) != mask)
        {
            prefix = 0;
            return ref _stems[0];
        }

        return ref _stems[Probe(word, hash, out prefix)];
    }

    /// <summary>
    /// As <see cref="Find(ReadOnlySpan{char}, out int)"/>, asking <paramref name="cache"/> first and keeping the answer
    /// there (a word the filter passes that is no form is kept too, as entry 0).
    /// </summary>
    public ref readonly Stem Find(ReadOnlySpan<char> word, SurfaceCache cache, out int prefix)
    {
        var length = word.Length;
        var (head, tail) = Key(word);
        var hash = Mix(head, tail, length);
        var mask = FilterMask(hash);
        if ((_filter[FilterWord(hash)] & mask) != mask)
        {
            prefix = 0;
            return ref _stems[0];
        }

        if (length > SurfaceCache.LongestKey)
        {
            return ref _stems[Probe(word, hash, out prefix)];
        }

        ref var line = ref cache.At(hash);
        unchecked
        {
            if (line.Head == head && line.Tail == tail && (line.Meta & 0x1F) == (uint)length)
            {
                prefix = (int)(line.Meta >> 5) & 7;
                return ref _stems[(int)(line.Meta >> 8)];
            }

            var stem = Probe(word, hash, out prefix);
            line.Head = head;
            line.Tail = tail;
            line.Meta = (uint)length | ((uint)prefix << 5) | ((uint)stem << 8);
            return ref _stems[stem];
        }
    }

    // The slots from the hash's index on: the number of the entry whose form is word (0 when none), and its clitics' length.
    private int Probe(ReadOnlySpan<char> word, uint hash, out int prefix)
    {
        var slots = _slots;
        var tag = Tag(hash);
        for (var i = Index(hash); slots[i] is var slot && slot != 0; i = (i + 1) & (slots.Length - 1))
        {
            if ((slot & ~((1UL << TagShift) - 1)) != tag)
            {
                continue;
            }

            // (Fields cut out of the slot: unchecked, as the project checks every conversion.)
            var length = unchecked((int)(slot >> LengthShift)) & ((1 << LengthBits) - 1);
            if (word.SequenceEqual(_chars.AsSpan(unchecked((int)slot) & ((1 << StartBits) - 1), length)))
            {
                prefix = unchecked((int)(slot >> PrefixShift)) & ((1 << PrefixBits) - 1);
                return unchecked((int)(slot >> StemShift)) & ((1 << StemBits) - 1);
            }
        }

        prefix = 0;
        return 0;
    }

    // The first four and the last four letters (of a shorter word, its letters), read as two 64-bit numbers, each
    // multiplied once, and the length: no loop, so no branch that guesses a word's length. The high halves of the
    // products, folded onto the low ones, spread every letter over the bits the filter, tag and index use. (Letters
    // between the first and last four of a long word are left out: two forms that differ only there share a hash, and
    // are told apart by their letters, as any two forms with one tag are.)
    private static uint Hash(ReadOnlySpan<char> word)
    {
        var (head, tail) = Key(word);
        return Mix(head, tail, word.Length);
    }

    // (Of a word of up to eight letters, the two numbers and its length are the whole word: SurfaceCache keeps them.)
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (ulong Head, ulong Tail) Key(ReadOnlySpan<char> word)
    {
        unchecked
        {
            ref var first = ref Unsafe.As<char, byte>(ref MemoryMarshal.GetReference(word));
            var length = word.Length;
            if (length >= 4)
            {
                return (Unsafe.ReadUnaligned<ulong>(ref first), Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref first, 2 * (length - 4))));
            }

            return (length == 0 ? 0UL : word[0], length < 2 ? 0UL : word[1] | ((ulong)word[length - 1] << 16));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Mix(ulong head, ulong tail, int length)
    {
        unchecked
        {
            var mixed = (head * 0x9E3779B97F4A7C15UL) ^ ((tail + (ulong)length) * 0xC2B2AE3D27D4EB4FUL);
            return (uint)(mixed >> 32) ^ (uint)(mixed >> 7);
        }
    }

    // The filter word from the hash's low bits, and two bits in it from the next twelve.
    private static int FilterWord(uint hash) => (int)(hash & ((1 << FilterBits) - 1));

    private static ulong FilterMask(uint hash) => (1UL << (int)((hash >> FilterBits) & 63)) | (1UL << (int)((hash >> (FilterBits + 6)) & 63));

    // The slot's tag: the hash's top 18 bits, in the slot's top bits.
    private static ulong Tag(uint hash) => (ulong)(hash >> (32 - (64 - TagShift))) << TagShift;

    // Fibonacci hashing: the top bits of the product spread every bit of the hash over the index.
    private int Index(uint hash) => (int)(unchecked(hash * 2654435769u) >> _shift);
}

/// <summary>
/// A vocabulary entry as lookups hand it to the analysis: the entry, and what the analysis asks of nearly every word
/// (its flags, roles and traits) copied out, so that the answer costs no read of the entry.
/// </summary>
internal readonly struct Stem
{
    /// <summary>No entry: what an unknown word finds.</summary>
    public static readonly Stem None;

    public Stem(WordInfo info)
    {
        Info = info;
        Flags = info.Flags;
        Roles = info.Roles;
        Traits = (info.Phrases is not null ? WordTraits.StartsPhrases : WordTraits.None)
            | (info.NumberKind != NumberWordKind.None || info.Count == 2 ? WordTraits.StartsCount : WordTraits.None)
            | (info is { Demonym: not null, IsPerson: false } ? WordTraits.Land : WordTraits.None)
            | ((info.Flags & Attribution.BasisResolver.MarkerFlags) != 0 || (info.Roles & Attribution.BasisResolver.MarkerRoles) != 0 ? WordTraits.MayMarkBasis : WordTraits.None);
        PhraseLetters = NextLetters(info.PhraseNextLasts);
    }

    public WordInfo? Info { get; }

    public WordFlags Flags { get; }

    public WordRole Roles { get; }

    public WordTraits Traits { get; }

    /// <summary>
    /// The letters the entry's phrases' second words end with (<see cref="WordInfo.PhraseNextLasts"/>), one bit each at
    /// the letter's low six bits (Arabic letters U+0621-U+064A fall on distinct bits); every bit when a phrase has no
    /// second word, none when the entry starts no phrase. A word next whose last letter's bit is clear starts none of them.
    /// </summary>
    public ulong PhraseLetters { get; }

    /// <summary>The bits <see cref="PhraseLetters"/> sets for <paramref name="lasts"/>.</summary>
    public static ulong NextLetters(string? lasts)
    {
        var bits = 0UL;
        foreach (var c in lasts ?? "")
        {
            bits |= c == '\0' ? ulong.MaxValue : 1UL << (c & 63);
        }

        return bits;
    }
}
