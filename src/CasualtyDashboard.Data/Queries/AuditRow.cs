namespace CasualtyDashboard.Data.Queries;

/// <summary>One audit entry as the page and the export show it.</summary>
public sealed record AuditRow(long Id, DateTime At, string Actor, string Action, string EntityType, string? EntityKey, string? Before, string? After);

public sealed record AuditPage(IReadOnlyList<AuditRow> Rows, int Total);
