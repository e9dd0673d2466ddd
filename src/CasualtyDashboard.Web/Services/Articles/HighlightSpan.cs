using CasualtyDashboard.Extraction.Model;

namespace CasualtyDashboard.Web.Services.Articles;

/// <summary>A figure's evidence span in its article's text (UTF-16 offsets) and its category.</summary>
public sealed record HighlightSpan(long FigureId, int Start, int Length, FigureCategory Category, string Evidence);
