namespace CasualtyDashboard.Data.Entities;

/// <summary>An analyst's judgement that a flag is no conflict (a different scope, say), with a required note. Never changed nor deleted.</summary>
public sealed class AnalystDismissal
{
    public long Id { get; set; }
    public required string ConflictKey { get; set; }
    public required string Note { get; set; }
    public required string By { get; set; }

    /// <summary>UTC.</summary>
    public DateTime At { get; set; }
}
