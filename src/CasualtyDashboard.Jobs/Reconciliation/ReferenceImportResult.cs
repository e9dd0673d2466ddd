namespace CasualtyDashboard.Jobs.Reconciliation;

/// <summary>What an import of a reference dataset stored.</summary>
/// <param name="Dataset"><c>gaza</c>, <c>west_bank</c> or <c>lebanon</c>.</param>
/// <param name="SourceName">The file or upload name.</param>
/// <param name="Claims">Reference claims stored (reported figures only).</param>
/// <param name="FirstDate">The earliest reporting date.</param>
/// <param name="LastDate">The latest reporting date.</param>
/// <param name="Replaced">Claims of the previous import of the dataset, now replaced.</param>
/// <param name="Unchanged">The content was the same as the last import's: nothing was rewritten.</param>
public sealed record ReferenceImportResult(
    string Dataset, string SourceName, int Claims, DateOnly? FirstDate, DateOnly? LastDate, int Replaced, bool Unchanged);
