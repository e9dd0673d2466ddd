using CasualtyDashboard.Extraction.Model;

namespace CasualtyDashboard.Web.Services.Articles;

/// <summary>
/// A run of article text, to be rendered as text (never as HTML), with the figures whose evidence covers it
/// (none: plain text). <see cref="Category"/> is the colour: the covering figures' category, or null when they differ.
/// <see cref="StartsFigure"/>: the figure whose span begins here (the anchor a link scrolls to).
/// </summary>
public sealed record TextSegment(string Text, IReadOnlyList<long> FigureIds, FigureCategory? Category, long? StartsFigure);
