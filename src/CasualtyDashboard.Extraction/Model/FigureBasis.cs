namespace CasualtyDashboard.Extraction.Model;

/// <summary>On what basis a figure counts (SCHEMA.md <c>basis</c>).</summary>
public enum FigureBasis
{
    /// <summary>A running total since <see cref="CasualtyFigure.Since"/>.</summary>
    Cumulative,
    /// <summary>A count over a stated span (24 hours, a named war).</summary>
    Period,
    /// <summary>One attack, strike, accident or quake.</summary>
    Incident,
}
