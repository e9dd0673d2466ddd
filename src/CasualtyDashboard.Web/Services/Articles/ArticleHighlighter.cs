using CasualtyDashboard.Extraction.Model;

namespace CasualtyDashboard.Web.Services.Articles;

/// <summary>
/// Splits an article's text at every evidence span's edges so each figure's evidence can be marked, overlapping spans
/// included. A span is placed only when it lies inside the text, does not cut a surrogate pair, and the text there equals
/// the stored evidence; otherwise the figure is reported as unplaced rather than marking the wrong words.
/// </summary>
public static class ArticleHighlighter
{
    public static HighlightedText Split(string text, IEnumerable<HighlightSpan> spans)
    {
        var placed = new List<HighlightSpan>();
        var unplaced = new List<long>();
        foreach (var span in spans)
        {
            if (Fits(text, span)) placed.Add(span);
            else unplaced.Add(span.FigureId);
        }

        var cuts = new SortedSet<int> { 0, text.Length };
        foreach (var s in placed)
        {
            cuts.Add(s.Start);
            cuts.Add(s.Start + s.Length);
        }
        var segments = new List<TextSegment>();
        var edges = cuts.ToList();
        // One sweep over the edges: the spans covering a piece are those begun and not yet ended (every span's start
        // and end is an edge), kept in start order; linear in the spans when they rarely overlap.
        placed.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.FigureId.CompareTo(b.FigureId));
        var active = new List<HighlightSpan>();
        var next = 0;
        for (var i = 0; i + 1 < edges.Count; i++)
        {
            int from = edges[i], to = edges[i + 1];
            active.RemoveAll(s => s.Start + s.Length <= from);
            while (next < placed.Count && placed[next].Start <= from) active.Add(placed[next++]);
            if (to <= from) continue;
            var covering = active;
            var categories = covering.Select(s => s.Category).Distinct().ToList();
            FigureCategory? category = categories.Count == 1 ? categories[0] : null;
            var starts = covering.FirstOrDefault(s => s.Start == from)?.FigureId;
            segments.Add(new TextSegment(text[from..to], covering.Select(s => s.FigureId).ToList(), category, starts));
        }
        return new HighlightedText(segments, unplaced);
    }

    private static bool Fits(string text, HighlightSpan s) =>
        s.Start >= 0 && s.Length > 0 && s.Start <= text.Length - s.Length
        && !CutsPair(text, s.Start) && !CutsPair(text, s.Start + s.Length)
        && s.Evidence.Length == s.Length && string.CompareOrdinal(text, s.Start, s.Evidence, 0, s.Length) == 0;

    private static bool CutsPair(string text, int at) => at > 0 && at < text.Length && char.IsLowSurrogate(text[at]) && char.IsHighSurrogate(text[at - 1]);
}
