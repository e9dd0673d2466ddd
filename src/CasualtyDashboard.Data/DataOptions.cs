using System.ComponentModel.DataAnnotations;

namespace CasualtyDashboard.Data;

/// <summary>The <c>Data</c> settings section (the connection string itself is <c>ConnectionStrings:Dashboard</c>).</summary>
public sealed class DataOptions
{
    public const string SectionName = "Data";
    public const string ConnectionStringName = "Dashboard";
    public const string DefaultConnectionString = "Data Source=data/casualty.db";

    /// <summary>Apply pending migrations at start (on by default; off only when a DBA applies them).</summary>
    public bool MigrateOnStart { get; set; } = true;

    [Range(1, 3600)]
    public int CommandTimeoutSeconds { get; set; } = 60;
}
