namespace CasualtyDashboard.Data.Queries;

/// <summary>
/// Filters of the audit log: exact <see cref="Actor"/>, <see cref="Action"/> and <see cref="EntityType"/> codes,
/// <see cref="EntityKey"/> exactly, and days <see cref="From"/> … <see cref="To"/> (UTC, both included).
/// </summary>
public sealed record AuditFilter(
    string? Actor = null, string? Action = null, DateOnly? From = null, DateOnly? To = null, string? EntityType = null, string? EntityKey = null);
