namespace CasualtyDashboard.Data;

/// <summary>The database engine behind <c>ConnectionStrings:Dashboard</c>, chosen by <c>Database:Provider</c>.</summary>
public enum DatabaseProvider
{
    /// <summary>The embedded file (the default): one machine, one app process.</summary>
    Sqlite,
    /// <summary>Microsoft SQL Server (2019 or later): several app instances share it.</summary>
    SqlServer,
    /// <summary>PostgreSQL (13 or later): several app instances share it.</summary>
    PostgreSql,
}
