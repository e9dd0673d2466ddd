using CasualtyDashboard.Data.Entities;

namespace CasualtyDashboard.Jobs.Extraction;

/// <summary>How one article's figures change: rows kept (with the figure that refreshes them), rows added, rows removed.</summary>
internal sealed record FigureChanges(
    IReadOnlyList<(Figure Stored, Figure Extracted)> Kept,
    IReadOnlyList<Figure> Added,
    IReadOnlyList<Figure> Removed);
