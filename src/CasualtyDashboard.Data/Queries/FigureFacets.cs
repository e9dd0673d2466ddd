namespace CasualtyDashboard.Data.Queries;

/// <summary>The values the figure filters offer.</summary>
public sealed record FigureFacets(IReadOnlyList<string> Regions, IReadOnlyList<string> Authorities, IReadOnlyList<string> Outlets);
