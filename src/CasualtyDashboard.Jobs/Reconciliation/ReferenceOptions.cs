namespace CasualtyDashboard.Jobs.Reconciliation;

/// <summary>The <c>Reference</c> section: published series imported at start.</summary>
public sealed class ReferenceOptions
{
    public const string SectionName = "Reference";

    /// <summary>
    /// Tech for Palestine files (<c>casualties_daily.json</c>, <c>west_bank_daily.csv</c>, ...; the dataset is named by the
    /// file name), imported at start when their content changed since the last import. Relative paths are under the content root.
    /// </summary>
    public List<string> Files { get; set; } = [];
}
