using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace CasualtyDashboard.Extraction.Normalization;

/// <summary>
/// Folds spelling variants so each vocabulary entry is written once: alef and hamza seats, taa marbuta, alef maqsura,
/// tatweel, diacritics, bidi and zero-width marks, Persian letters, and every digit range to ASCII.
/// </summary>
internal static class ArabicNormalizer
{
    public static NormalizedText Normalize(string text)
    {
        var normalized = new NormalizedText();
        Normalize(text, normalized);
        return normalized;
    }

    /// <summary>Normalises <paramref name="text"/> into <paramref name="into"/>, reusing its buffers.</summary>
    public static void Normalize(string text, NormalizedText into)
    {
        into.Reset(text);
        var table = Table;
        var chars = into.Chars;
        var length = 0;
        var i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            // Sixteen characters at a time while they are all ASCII or Arabic letters (nearly all of an article): those
            // fold one for one by a few compares. A block holding anything else goes character by character.
            ref var source = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text.AsSpan()));
            ref var target = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetArrayDataReference(chars));
            for (; i <= text.Length - Vector256<ushort>.Count; i += Vector256<ushort>.Count)
            {
                if (FoldBlock(Vector256.LoadUnsafe(ref source, (nuint)i)) is { } folded)
                {
                    folded.StoreUnsafe(ref target, (nuint)length);
                    length += Vector256<ushort>.Count;
                    continue;
                }

                for (var k = i; k < i + Vector256<ushort>.Count; k++)
                {
                    length = Append(text[k], table, chars, length, into);
                }
            }
        }

        for (; i < text.Length; i++)
        {
            length = Append(text[i], table, chars, length, into);
        }

        into.SetLength(length);
    }

    private static int Append(char c, char[] table, char[] chars, int length, NormalizedText into)
    {
        var folded = c < table.Length ? table[c] : Fold(c);
        if (folded != '\0')
        {
            chars[length] = folded;
            return length + 1;
        }

        into.SetLength(length);
        into.Drop();
        return length;
    }

    /// <summary>
    /// <see cref="Fold"/> of sixteen characters when each is ASCII other than NUL or an Arabic letter other than tatweel
    /// (none of which is dropped), else null.
    /// </summary>
    private static Vector256<ushort>? FoldBlock(Vector256<ushort> block)
    {
        var ascii = Vector256.LessThanOrEqual(block - Vector256.Create((ushort)1), Vector256.Create((ushort)0x7E));
        var arabic = Vector256.LessThanOrEqual(block - Vector256.Create((ushort)0x0621), Vector256.Create((ushort)(0x064A - 0x0621)))
            & ~Vector256.Equals(block, Vector256.Create((ushort)0x0640));
        if (!Vector256.EqualsAll(ascii | arabic, Vector256<ushort>.AllBitsSet))
        {
            return null;
        }

        // A-Z to a-z; alef with hamza or madda to alef; waw and yeh with hamza, alef maqsura and taa marbuta.
        var upper = Vector256.LessThanOrEqual(block - Vector256.Create((ushort)'A'), Vector256.Create((ushort)('Z' - 'A')));
        block = Vector256.ConditionalSelect(upper, block + Vector256.Create((ushort)32), block);
        block = Replace(block, Vector256.Equals(block, Vector256.Create((ushort)0x0622)) | Vector256.Equals(block, Vector256.Create((ushort)0x0623))
            | Vector256.Equals(block, Vector256.Create((ushort)0x0625)), 0x0627);
        block = Replace(block, Vector256.Equals(block, Vector256.Create((ushort)0x0624)), 0x0648);
        block = Replace(block, Vector256.Equals(block, Vector256.Create((ushort)0x0626)) | Vector256.Equals(block, Vector256.Create((ushort)0x0649)), 0x064A);
        return Replace(block, Vector256.Equals(block, Vector256.Create((ushort)0x0629)), 0x0647);
    }

    private static Vector256<ushort> Replace(Vector256<ushort> block, Vector256<ushort> where, ushort with) =>
        Vector256.ConditionalSelect(where, Vector256.Create(with), block);

    /// <summary>Normalises a vocabulary word the same way as article text (for building lookup tables).</summary>
    public static string NormalizeWord(string word)
    {
        var normalized = Normalize(word);
        return normalized.Slice(0, normalized.Length);
    }

    // Fold of every character below U+0700 (ASCII, Latin-1, Arabic), precomputed: the text is mostly these.
    private static readonly char[] Table = BuildTable();

    private static char[] BuildTable()
    {
        var table = new char[0x700];
        for (var c = 0; c < table.Length; c++)
        {
            table[c] = Fold((char)c);
        }

        return table;
    }

    /// <summary>The folded character, or '\0' when the character is dropped.</summary>
    public static char Fold(char c)
    {
        if (c < 0x80)
        {
            return c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
        }

        return c switch
        {
            // Alef with hamza or madda, and alef wasla, are all plain alef.
            '\u0622' or '\u0623' or '\u0625' or '\u0671' => '\u0627',
            '\u0624' => '\u0648', // waw with hamza
            '\u0626' => '\u064A', // yeh with hamza
            '\u0629' => '\u0647', // taa marbuta -> heh
            '\u0649' or '\u06CC' or '\u06D2' => '\u064A', // alef maqsura, Farsi yeh, yeh barree
            '\u06A9' => '\u0643', // keheh
            '\u06C1' or '\u06D5' => '\u0647',
            '\u0640' => '\0', // tatweel
            >= '\u064B' and <= '\u065F' => '\0', // harakat
            '\u0670' => '\0', // superscript alef
            >= '\u06D6' and <= '\u06ED' => '\0', // Quranic marks
            >= '\u0660' and <= '\u0669' => (char)('0' + (c - '\u0660')),
            >= '\u06F0' and <= '\u06F9' => (char)('0' + (c - '\u06F0')),
            '\u066B' => '.', // Arabic decimal separator
            '\u066C' => ',', // Arabic thousands separator
            '\u066A' => '%',
            '\u00A0' or '\u202F' or '\u2009' or '\u2007' => ' ',
            '\u200B' or '\u200C' or '\u200D' or '\u200E' or '\u200F' or '\uFEFF' => '\0',
            >= '\u202A' and <= '\u202E' => '\0',
            >= '\u2066' and <= '\u2069' => '\0',
            '\u00AB' or '\u00BB' or '\u201C' or '\u201D' or '\u201E' or '\u2018' or '\u2019' => '"',
            '\u2013' or '\u2014' => '-',
            '\u2028' or '\u2029' => '\n',
            _ => c,
        };
    }
}
