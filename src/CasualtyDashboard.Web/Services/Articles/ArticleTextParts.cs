namespace CasualtyDashboard.Web.Services.Articles;

/// <summary>
/// Cuts a highlighted article into parts of at most about <c>maxCharacters</c> characters, so a very long article is
/// rendered one part at a time (the article view of a 1,000,000-character text would otherwise be tens of megabytes of
/// HTML). Parts end between segments; a long run of plain text is cut at its last line break, else its last space,
/// before the limit (never inside a surrogate pair); a figure's evidence is never cut.
/// </summary>
public static class ArticleTextParts
{
    public const int DefaultMaxCharacters = 20_000;

    public static IReadOnlyList<ArticleTextPart> Split(HighlightedText text, int maxCharacters = DefaultMaxCharacters)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxCharacters, 100);
        var parts = new List<ArticleTextPart>();
        var current = new List<TextSegment>();
        var length = 0;
        var start = 0;

        void Close()
        {
            if (current.Count == 0) return;
            parts.Add(new ArticleTextPart(parts.Count, start, current));
            start += length;
            current = [];
            length = 0;
        }

        foreach (var segment in text.Segments)
        {
            var rest = segment;
            while (rest.FigureIds.Count == 0 && length + rest.Text.Length > maxCharacters)
            {
                var cut = BreakBefore(rest.Text, maxCharacters - length);
                if (cut == 0 && current.Count > 0)
                {
                    Close(); // and try again in an empty part
                    continue;
                }
                if (cut == 0) cut = HardCut(rest.Text, maxCharacters); // one word longer than a part
                current.Add(rest with { Text = rest.Text[..cut] });
                length += cut;
                rest = rest with { Text = rest.Text[cut..] };
                Close();
            }
            if (rest.Text.Length == 0) continue;
            if (rest.FigureIds.Count > 0 && length > 0 && length + rest.Text.Length > maxCharacters) Close();
            current.Add(rest);
            length += rest.Text.Length;
        }
        Close();
        return parts;
    }

    /// <summary>The end of the last line (else the last word) that fits in <paramref name="room"/> characters; 0 when none does.</summary>
    private static int BreakBefore(string text, int room)
    {
        var window = text.AsSpan(0, Math.Min(room, text.Length));
        var at = window.LastIndexOf('\n');
        if (at < 0) at = window.LastIndexOf(' ');
        return at + 1;
    }

    private static int HardCut(string text, int room) => char.IsLowSurrogate(text[room]) ? room - 1 : room;
}

/// <summary>One part of a long article: its number (0-based), where it starts in the text, and its segments.</summary>
public sealed record ArticleTextPart(int Index, int Start, IReadOnlyList<TextSegment> Segments)
{
    public int Length => Segments.Sum(s => s.Text.Length);

    /// <summary>True when a figure's evidence begins in this part.</summary>
    public bool StartsFigure(long figureId) => Segments.Any(s => s.StartsFigure == figureId);
}
