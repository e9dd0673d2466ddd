namespace CasualtyDashboard.Reconciliation.Reference;

/// <summary>One line of <c>revisions.jsonl</c>: a value of a published row that changed between two upstream commits.</summary>
/// <param name="Dataset">The file that changed (<c>casualties_daily.json</c>, ...).</param>
/// <param name="Commit">The upstream commit.</param>
/// <param name="CommitTime">The commit's time, in UTC.</param>
/// <param name="ReportDate">The row that changed.</param>
/// <param name="Field">The field that changed.</param>
/// <param name="Old">The old value as JSON text, or null.</param>
/// <param name="New">The new value as JSON text, or null.</param>
/// <param name="Change"><c>value_changed</c>, <c>field_added</c>, <c>field_removed</c> or <c>row_removed</c>.</param>
public sealed record TfpRevision(
    string Dataset, string Commit, DateTime CommitTime, DateOnly ReportDate, string Field, string? Old, string? New, string Change);
