namespace CasualtyDashboard.Extraction.Model;

/// <summary>Which part of a toll a figure counts (SCHEMA.md <c>subgroup</c>).</summary>
public enum FigureSubgroup
{
    All,
    Children,
    Women,
    Elderly,
    Civilians,
    Soldiers,
    Fighters,
    Police,
    Medical,
    Journalists,
    AidWorkers,
    /// <summary>Any other part of a toll: seriously injured, foreigners, men, one family.</summary>
    Other,
}
