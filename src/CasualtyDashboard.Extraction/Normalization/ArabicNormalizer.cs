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
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var folded = c < table.Length ? table[c] : Fold(c);
            if (folded != '\0')
            {
                chars[length++] = folded;
            }
            else
            {
                into.SetLength(length);
                into.Drop();
            }
        }

        into.SetLength(length);
    }

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
