namespace CasualtyDashboard.Extraction.Normalization;

/// <summary>
/// Normalised article text with a map from every normalised position back to the original text, so that spans found on
/// the normalised form can be reported against the text exactly as crawled.
/// </summary>
internal sealed class NormalizedText
{
    public NormalizedText(string original, char[] chars, int[] map, int length)
    {
        Original = original;
        Chars = chars;
        Map = map;
        Length = length;
        OriginalLength = original.Length;
    }

    /// <summary>An empty buffer for <see cref="ArabicNormalizer.Normalize(string, NormalizedText)"/> to fill and refill.</summary>
    public NormalizedText() : this("", [], [], 0)
    {
    }

    public string Original { get; private set; }

    /// <summary>Normalised characters; only the first <see cref="Length"/> are meaningful.</summary>
    public char[] Chars { get; private set; }

    /// <summary>Original offset of each normalised character.</summary>
    public int[] Map { get; private set; }

    public int Length { get; private set; }

    public int OriginalLength { get; private set; }

    /// <summary>Starts over for <paramref name="original"/>, growing the buffers when it is longer than any before.</summary>
    public void Reset(string original)
    {
        Original = original;
        OriginalLength = original.Length;
        Length = 0;
        if (Chars.Length < original.Length)
        {
            Chars = new char[original.Length];
            Map = new int[original.Length];
        }
    }

    public void Append(char c, int originalIndex)
    {
        Chars[Length] = c;
        Map[Length] = originalIndex;
        Length++;
    }

    public ReadOnlySpan<char> Span(int start, int length) => Chars.AsSpan(start, length);

    public string Slice(int start, int length) => new(Chars, start, length);

    /// <summary>Original offset of normalised position <paramref name="index"/> (the end maps past the last character).</summary>
    public int ToOriginal(int index) => index >= Length ? OriginalLength : Map[index];

    /// <summary>Original span covering normalised characters [start, end).</summary>
    public (int Start, int Length) ToOriginalSpan(int start, int end)
    {
        var originalStart = ToOriginal(start);
        var originalEnd = end <= start ? originalStart : Map[end - 1] + 1;
        return (originalStart, originalEnd - originalStart);
    }
}
