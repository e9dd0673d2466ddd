namespace CasualtyDashboard.Data.Queries;

/// <summary>
/// What the filters' options (<see cref="FigureFacets"/>) follow: the largest figure id and the largest outlet id, each
/// read from its primary key's end. A figure or an outlet added (extraction, re-extraction, an import) moves it.
/// </summary>
public readonly record struct FacetsVersion(long Figure, long Outlet);
