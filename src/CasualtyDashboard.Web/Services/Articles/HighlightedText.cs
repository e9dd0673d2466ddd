namespace CasualtyDashboard.Web.Services.Articles;

/// <summary>The article split for rendering, and the figures whose stored span could not be placed (shown, not highlighted).</summary>
public sealed record HighlightedText(IReadOnlyList<TextSegment> Segments, IReadOnlyList<long> Unplaced);
