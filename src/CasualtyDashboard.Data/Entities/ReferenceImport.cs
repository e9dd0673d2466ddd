namespace CasualtyDashboard.Data.Entities;

/// <summary>The last import of one reference dataset: where it came from, its content hash (a changed file is re-imported) and what it held.</summary>
public sealed class ReferenceImport
{
    public long Id { get; set; }

    /// <summary><c>gaza</c>, <c>west_bank</c> or <c>lebanon</c>; one row per dataset.</summary>
    public required string Dataset { get; set; }

    /// <summary>The file name or upload name.</summary>
    public required string SourceName { get; set; }

    /// <summary>SHA-256 of the imported bytes, hex.</summary>
    public required string ContentHash { get; set; }

    /// <summary>How it arrived: <c>api</c>, <c>settings</c>, <c>cli</c>.</summary>
    public required string Channel { get; set; }

    public int Claims { get; set; }
    public DateOnly? FirstDate { get; set; }
    public DateOnly? LastDate { get; set; }

    /// <summary>UTC.</summary>
    public DateTime ImportedAt { get; set; }
}
