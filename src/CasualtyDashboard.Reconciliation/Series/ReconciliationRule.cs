namespace CasualtyDashboard.Reconciliation.Series;

/// <summary>The rule that chose a point's reconciled value.</summary>
public enum ReconciliationRule
{
    /// <summary>An analyst chose a claim or entered a value.</summary>
    AnalystResolution,

    /// <summary>The highest-priority sources agree (a reference series ranks before news quoting the same tier).</summary>
    AuthorityPriority,

    /// <summary>Quotes of the highest-priority authority disagree; the authority's own publication wins over quotes of it.</summary>
    OwnPublication,

    /// <summary>The highest-priority sources or quotes disagree; the value most independent sources (outlets) cite wins.</summary>
    MostCited,

    /// <summary>The highest-priority sources or quotes disagree and no value is cited by more outlets; the latest statement wins.</summary>
    LatestStatement,
}
