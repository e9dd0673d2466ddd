namespace CasualtyDashboard.Reconciliation.Claims;

/// <summary>
/// Identifies a series: one quantity (region, area, category, subgroup) counted on one basis from one start day.
/// Category, subgroup and basis are the code strings of the corpus schema (<c>killed</c>, <c>women</c>, <c>cumulative</c>).
/// </summary>
/// <param name="Region">Where the victims were (<c>gaza</c>, <c>lebanon</c>, ...).</param>
/// <param name="Area">A finer place inside the region, or null.</param>
/// <param name="Category"><c>killed</c>, <c>injured</c>, <c>missing</c> or <c>casualties</c>.</param>
/// <param name="Subgroup"><c>all</c>, <c>children</c>, <c>women</c>, ...</param>
/// <param name="Basis"><c>cumulative</c>, <c>period</c> or <c>incident</c> (see <see cref="Bases"/>).</param>
/// <param name="Since">For a cumulative count, the day it counts from; for a period count, the span's first day; else null.</param>
public readonly record struct SeriesKey(string Region, string? Area, string Category, string Subgroup, string Basis, DateOnly? Since)
{
    /// <summary>True for a running total.</summary>
    public bool IsCumulative => Basis == Bases.Cumulative;

    /// <summary>
    /// The canonical text form, <c>region|area|category|subgroup|basis|since</c>, with empty parts for nulls.
    /// It is stable across runs, so stored keys (points, conflicts) built from it re-attach.
    /// </summary>
    public override string ToString() =>
        $"{Region}|{Area}|{Category}|{Subgroup}|{Basis}|{Since?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}";
}
