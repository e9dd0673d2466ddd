namespace CasualtyDashboard.Reconciliation.Series;

/// <summary>Codes of <see cref="ReconciliationRule"/> values.</summary>
public static class ReconciliationRules
{
    /// <summary>The snake_case code used in storage and the API (<c>authority_priority</c>, <c>analyst_resolution</c>, ...).</summary>
    public static string Code(this ReconciliationRule rule) => rule switch
    {
        ReconciliationRule.AnalystResolution => "analyst_resolution",
        ReconciliationRule.AuthorityPriority => "authority_priority",
        ReconciliationRule.OwnPublication => "own_publication",
        ReconciliationRule.MostCited => "most_cited",
        ReconciliationRule.LatestStatement => "latest_statement",
        _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, "Unknown rule."),
    };
}
