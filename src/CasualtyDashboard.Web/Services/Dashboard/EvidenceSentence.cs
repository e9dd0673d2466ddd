namespace CasualtyDashboard.Web.Services.Dashboard;

/// <summary>
/// The whole sentence around a figure's evidence span in its article: the words before the span, the span, the words after.
/// A sentence ends at . ! ? ؟ ۔ or a line break (a full stop between digits, as in 10.5, does not end it); a very long one is
/// cut at <see cref="MaxSide"/> characters each side with an ellipsis.
/// </summary>
public sealed record EvidenceSentence(string Before, string Span, string After)
{
    public const int MaxSide = 300;

    public string Text => Before + Span + After;

    /// <summary>The sentence of <paramref name="text"/> holding [start, start + length), or null when the span is not inside the text.</summary>
    public static EvidenceSentence? Around(string? text, int start, int length)
    {
        if (text is null || start < 0 || length <= 0 || start + length > text.Length) return null;
        var end = start + length;
        var from = start;
        while (from > 0 && !EndsSentence(text, from - 1) && start - from < MaxSide) from--;
        var to = end;
        while (to < text.Length && !EndsSentence(text, to) && to - end < MaxSide) to++;
        if (to < text.Length && text[to] != '\n' && to - end < MaxSide) to++; // the sentence's own full stop
        var before = text[from..start].TrimStart();
        var after = text[end..to].TrimEnd();
        if (from > 0 && !EndsSentence(text, from - 1)) before = "…" + before;
        if (to < text.Length && !EndsSentence(text, to - 1) && text[to] != '\n') after += "…";
        return new EvidenceSentence(before, text[start..end], after);
    }

    private static bool EndsSentence(string text, int i) => text[i] switch
    {
        '\n' or '\r' or '!' or '?' or '؟' or '۔' => true,
        '.' => !(i > 0 && char.IsDigit(text[i - 1]) && i + 1 < text.Length && char.IsDigit(text[i + 1])),
        _ => false,
    };
}
