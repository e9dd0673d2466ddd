using CasualtyDashboard.Extraction.Model;

namespace CasualtyDashboard.Web.Services.Dashboard;

/// <summary>
/// What the dashboard's filter bar is rendered from: the view and the options of its selects. Two are the same when the
/// views are equal and each list holds the same items in the same order, whichever list objects hold them.
/// </summary>
public sealed record FilterBarState(
    DashboardView View, IReadOnlyList<string> Regions, IReadOnlyList<FigureSubgroup> Subgroups,
    IReadOnlyList<string> Authorities, IReadOnlyList<string> Outlets)
{
    /// <summary>True when <paramref name="other"/> would render the same bar.</summary>
    public bool SameAs(FilterBarState other) =>
        View.Equals(other.View) && Same(Regions, other.Regions) && Same(Subgroups, other.Subgroups)
        && Same(Authorities, other.Authorities) && Same(Outlets, other.Outlets);

    private static bool Same<T>(IReadOnlyList<T> a, IReadOnlyList<T> b) => ReferenceEquals(a, b) || a.SequenceEqual(b);
}
