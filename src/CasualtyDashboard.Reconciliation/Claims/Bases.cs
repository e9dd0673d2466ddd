namespace CasualtyDashboard.Reconciliation.Claims;

/// <summary>The basis codes of the corpus schema, and the subgroup code of a whole toll.</summary>
public static class Bases
{
    /// <summary>A running total since <see cref="SeriesKey.Since"/>.</summary>
    public const string Cumulative = "cumulative";

    /// <summary>A count for a stated span (the past 24 hours) ending on the reporting date.</summary>
    public const string Period = "period";

    /// <summary>The toll of one attack or accident.</summary>
    public const string Incident = "incident";

    /// <summary>The subgroup code of a whole toll, which every other subgroup is a part of.</summary>
    public const string AllSubgroup = "all";
}
