namespace CasualtyDashboard.Data.Entities;

/// <summary>What one reconciliation run read and wrote; the latest tells pages when the output was made and what was left out.</summary>
public sealed class ReconciliationRun
{
    public long Id { get; set; }

    /// <summary>UTC.</summary>
    public DateTime StartedAt { get; set; }
    public DateTime EndedAt { get; set; }

    public int NewsClaims { get; set; }
    public int ReferenceClaims { get; set; }

    /// <summary>Figures with no reporting date or no region: they cannot be placed in a series, and are counted here instead.</summary>
    public int UnplacedFigures { get; set; }

    public int Series { get; set; }
    public int Points { get; set; }
    public int Flags { get; set; }
    public int OpenConflicts { get; set; }
}
