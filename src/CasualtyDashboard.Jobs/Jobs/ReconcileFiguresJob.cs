using CasualtyDashboard.Jobs.Reconciliation;
using CasualtyDashboard.Jobs.Scheduling;
using Microsoft.Extensions.Logging;

namespace CasualtyDashboard.Jobs.Jobs;

/// <summary>Reconciles every stored figure and reference claim and replaces the stored series, points and flags.</summary>
public sealed class ReconcileFiguresJob(ReconciliationService service, JobRunTracker tracker, ILogger<ReconcileFiguresJob> logger, IJobRunGuard guard) : TrackedJob(tracker, guard)
{
    public const string Name = "reconcile-figures";

    protected override async Task RunAsync(JobRunProgress progress, CancellationToken ct)
    {
        var summary = await service.RunAsync(progress, ct);
        logger.LogInformation("Reconciled {Claims} claims into {Series} series with {Flags} flags", summary.NewsClaims + summary.ReferenceClaims, summary.Series, summary.Flags);
    }
}
