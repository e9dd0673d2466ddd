namespace CasualtyDashboard.Data.Queries;

/// <summary>The ids of the last reconciliation run, resolution, dismissal and reference import (0 where there is none).</summary>
public readonly record struct ReconciliationVersion(long Run, long Resolution, long Dismissal, long ReferenceImport)
{
    /// <summary>True when this version is later than <paramref name="other"/> (every id at least as high, one higher): ids only grow.</summary>
    public bool IsAfter(ReconciliationVersion other) =>
        this != other && Run >= other.Run && Resolution >= other.Resolution && Dismissal >= other.Dismissal && ReferenceImport >= other.ReferenceImport;
}
