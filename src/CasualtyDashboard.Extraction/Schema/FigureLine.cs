using CasualtyDashboard.Extraction.Model;

namespace CasualtyDashboard.Extraction.Schema;

/// <summary>One line of a gold or predictions file: an article id and its figures.</summary>
public sealed record FigureLine(string Id, IReadOnlyList<CasualtyFigure> Figures);
