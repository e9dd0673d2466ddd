using System.ComponentModel.DataAnnotations;

namespace CasualtyDashboard.Jobs.Options;

/// <summary><c>Jobs:Reextract</c>: when articles extracted by an older extractor version are re-extracted (batches as <c>Jobs:Extract</c>).</summary>
public sealed class ReextractJobOptions
{
    public const string SectionName = "Jobs:Reextract";

    /// <summary>Cron of the recurring run (six fields with seconds, as Hangfire takes them; UTC); the job also runs once at every start.</summary>
    [Required]
    public string Cron { get; set; } = "0 */10 * * * ?";
}
