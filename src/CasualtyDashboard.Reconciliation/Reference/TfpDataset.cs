namespace CasualtyDashboard.Reconciliation.Reference;

/// <summary>The Tech for Palestine daily datasets the reference reader knows.</summary>
public enum TfpDataset
{
    /// <summary><c>casualties_daily</c>: Gaza, one row per day, Gaza MoH (or GMO, OCHA) reports.</summary>
    Gaza,

    /// <summary><c>west_bank_daily</c>: West Bank, OCHA flash figures and OCHA verified figures side by side.</summary>
    WestBank,

    /// <summary><c>lebanon_casualties_daily</c>: Lebanon, one row per report, MoPH figures by counting phase.</summary>
    Lebanon,
}
