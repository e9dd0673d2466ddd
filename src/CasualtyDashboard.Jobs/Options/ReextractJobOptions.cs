using System.ComponentModel.DataAnnotations;

namespace CasualtyDashboard.Jobs.Options;

/// <summary><c>Jobs:Reextract</c>: when articles extracted by an older extractor version are re-extracted (batches as <c>Jobs:Extract</c>).</summary>
public sealed class ReextractJobOptions
{
    public const string SectionName = "Jobs:Reextract";

    /// <summary>Quartz cron expression of the recurring run; the job also runs once at every start.</summary>
    [Required]
    public string Cron { get; set; } = "0 */10 * * * ?";
}
