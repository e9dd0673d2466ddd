namespace CasualtyDashboard.Web.Services;

/// <summary>
/// The sentence an evidence span stands in, cut from a window of its article: from the last sentence end before the span
/// to the first after it (<c>. ! ? ؟ ؛ ۔</c> or a line break; a point between digits is a decimal point, not an end).
/// Split in three so the span can be marked inside the sentence.
/// </summary>
public sealed record EvidenceSentence(string Before, string Evidence, string After)
{
    /// <summary>Sentences longer than this are cut to this many characters on each side of the span, with "…".</summary>
    public const int MaxSide = 240;

    /// <summary>The sentence read as one string.</summary>
    public string Text => Before + Evidence + After;

    /// <summary>The sentence of a whole text around [start, start + length), or null when the span is not inside it.</summary>
    public static EvidenceSentence? Around(string? text, int start, int length) =>
        text is null || start < 0 || length <= 0 || start + length > text.Length ? null : Cut(text, start, length);

    public static EvidenceSentence Cut(string window, int start, int length)
    {
        start = Math.Clamp(start, 0, window.Length);
        length = Math.Clamp(length, 0, window.Length - start);
        var end = start + length;
        var from = start;
        while (from > 0 && !EndsSentence(window, from - 1)) from--;
        var to = end;
        while (to < window.Length && !EndsSentence(window, to)) to++;
        if (to < window.Length && window[to] != '\n') to++;
        var before = window[from..start].TrimStart();
        var after = window[end..to].TrimEnd();
        if (before.Length > MaxSide) before = "…" + before[^MaxSide..];
        if (after.Length > MaxSide) after = after[..MaxSide] + "…";
        return new EvidenceSentence(before, window[start..end], after);
    }

    private static bool EndsSentence(string text, int i) => text[i] switch
    {
        '\n' or '\r' or '!' or '?' or '؟' or '؛' or '۔' => true,
        '.' => !(i > 0 && i + 1 < text.Length && char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1])),
        _ => false,
    };
}
