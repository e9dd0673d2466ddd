using System.ComponentModel.DataAnnotations;

namespace CasualtyDashboard.Jobs.Reconciliation;

/// <summary><c>Jobs:Reconcile</c>: when the reconcile job runs by itself (new figures, imports and decisions also start it at once).</summary>
public sealed class ReconcileJobOptions
{
    public const string SectionName = "Jobs:Reconcile";

    /// <summary>Quartz cron expression of the recurring run.</summary>
    [Required]
    public string Cron { get; set; } = "0 0/15 * * * ?";
}
