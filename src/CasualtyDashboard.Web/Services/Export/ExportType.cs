namespace CasualtyDashboard.Web.Services.Export;

/// <summary>A column's type as the data dictionary states it.</summary>
public enum ExportType
{
    Integer,
    Text,
    /// <summary>One of the codes of SCHEMA.md.</summary>
    Code,
    /// <summary><c>yyyy-MM-dd</c>.</summary>
    Date,
    /// <summary>UTC, <c>yyyy-MM-ddTHH:mm:ssZ</c>.</summary>
    DateTime,
}
