namespace CasualtyDashboard.Data;

/// <summary>
/// The <c>Database</c> settings section: which engine <c>ConnectionStrings:Dashboard</c> points at. Other parts read it
/// too (the jobs pick their Hangfire storage by it), through <see cref="DatabaseProviders.ReadProvider"/>.
/// </summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    /// <summary><c>Sqlite</c> (default), <c>SqlServer</c> or <c>PostgreSql</c>.</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;
}
