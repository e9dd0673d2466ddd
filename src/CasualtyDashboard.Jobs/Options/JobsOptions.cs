using System.ComponentModel.DataAnnotations;

namespace CasualtyDashboard.Jobs.Options;

/// <summary>The <c>Jobs</c> settings section.</summary>
public sealed class JobsOptions
{
    public const string SectionName = "Jobs";

    /// <summary>Off: nothing is scheduled (tests that drive services directly).</summary>
    public bool Enabled { get; set; } = true;

    [Required]
    public ExtractJobOptions Extract { get; set; } = new();
}
