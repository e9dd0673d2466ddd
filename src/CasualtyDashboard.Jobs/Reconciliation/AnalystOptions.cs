using System.ComponentModel.DataAnnotations;

namespace CasualtyDashboard.Jobs.Reconciliation;

/// <summary>The <c>Analyst</c> section: who the local analyst is, recorded with every resolution and dismissal.</summary>
public sealed class AnalystOptions
{
    public const string SectionName = "Analyst";

    [Required, MaxLength(100)]
    public string Name { get; set; } = "local-analyst";
}
