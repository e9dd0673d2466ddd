namespace CasualtyDashboard.Extraction.Normalization;

/// <summary>
/// Normalised article text with a map from every normalised position back to the original text, so that spans found on
/// the normalised form can be reported against the text exactly as crawled.
/// </summary>
/// <remarks>
/// Normalising only folds characters one for one or drops them (diacritics, tatweel, bidi marks: a few in a thousand),
/// so the map is kept as the normalised positions at which a character was dropped: the original offset of a position
/// is the position plus the drops at or before it.
/// </remarks>
internal sealed class NormalizedText
{
    private int[] _drops = [];
    private int _dropCount;

    /// <summary>An empty buffer for <see cref="ArabicNormalizer.Normalize(string, NormalizedText)"/> to fill and refill.</summary>
    public NormalizedText()
    {
    }

    public string Original { get; private set; } = "";

    /// <summary>Normalised characters; only the first <see cref="Length"/> are meaningful.</summary>
    public char[] Chars { get; private set; } = [];

    public int Length { get; private set; }

    public int OriginalLength { get; private set; }

    /// <summary>Starts over for <paramref name="original"/>, growing the buffer when it is longer than any before.</summary>
    public void Reset(string original)
    {
        Original = original;
        OriginalLength = original.Length;
        Length = 0;
        _dropCount = 0;
        if (Chars.Length < original.Length)
        {
            Chars = new char[original.Length];
        }
    }

    public void Append(char c) => Chars[Length++] = c;

    /// <summary>Records that the next original character was dropped.</summary>
    public void Drop()
    {
        if (_dropCount == _drops.Length)
        {
            Array.Resize(ref _drops, Math.Max(16, _drops.Length * 2));
        }

        _drops[_dropCount++] = Length;
    }

    /// <summary>Sets the normalised text (for <see cref="ArabicNormalizer"/>, which writes <see cref="Chars"/> itself).</summary>
    public void SetLength(int length) => Length = length;

    public ReadOnlySpan<char> Span(int start, int length) => Chars.AsSpan(start, length);

    public string Slice(int start, int length) => new(Chars, start, length);

    /// <summary>Original offset of normalised position <paramref name="index"/> (the end maps past the last character).</summary>
    public int ToOriginal(int index) => index >= Length ? OriginalLength : Map(index);

    /// <summary>Original span covering normalised characters [start, end).</summary>
    public (int Start, int Length) ToOriginalSpan(int start, int end)
    {
        var originalStart = ToOriginal(start);
        var originalEnd = end <= start ? originalStart : Map(end - 1) + 1;
        return (originalStart, originalEnd - originalStart);
    }

    // The original offset of a character of the normalised text: its position plus the characters dropped before it.
    private int Map(int index)
    {
        if (unchecked((uint)index) >= (uint)Length)
        {
            throw new IndexOutOfRangeException();
        }

        // The drops at or before index: the first drop recorded after it, by binary search.
        int lo = 0, hi = _dropCount;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_drops[mid] <= index)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return index + lo;
    }
}
