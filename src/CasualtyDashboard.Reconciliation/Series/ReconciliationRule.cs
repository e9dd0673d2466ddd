namespace CasualtyDashboard.Reconciliation.Series;

/// <summary>The rule that chose a point's reconciled value.</summary>
public enum ReconciliationRule
{
    /// <summary>An analyst chose a claim or entered a value.</summary>
    AnalystResolution,

    /// <summary>The highest-priority sources agree (a reference series ranks before news quoting the same tier).</summary>
    AuthorityPriority,

    /// <summary>The highest-priority sources disagree; the value most claims cite wins.</summary>
    MostCited,

    /// <summary>The highest-priority sources disagree and no value is cited more; the latest statement wins.</summary>
    LatestStatement,
}
