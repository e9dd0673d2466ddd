using System.ComponentModel.DataAnnotations;

namespace CasualtyDashboard.Jobs.Reconciliation;

/// <summary><c>Jobs:Reconcile</c>: when the reconcile job runs by itself (new figures, imports and decisions also start it at once).</summary>
public sealed class ReconcileJobOptions
{
    public const string SectionName = "Jobs:Reconcile";

    /// <summary>Cron of the recurring run (six fields with seconds, as Hangfire takes them; UTC).</summary>
    [Required]
    public string Cron { get; set; } = "0 0/15 * * * ?";
}
