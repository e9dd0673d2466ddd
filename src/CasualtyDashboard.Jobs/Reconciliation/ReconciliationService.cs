using CasualtyDashboard.Reconciliation.Messages;
using System.Diagnostics;
using CasualtyDashboard.Data;
using CasualtyDashboard.Jobs.Scheduling;
using CasualtyDashboard.Reconciliation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CasualtyDashboard.Jobs.Reconciliation;

/// <summary>
/// One reconciliation run: reads every stored figure and reference claim with the analysts' decisions, reconciles them
/// with the settings' options, and replaces the stored output in one transaction. Runs never overlap, whether started by
/// the job or inline, so a run never writes output older than the decisions another run has read.
/// </summary>
public sealed class ReconciliationService(
    IDbContextFactory<DashboardDbContext> factory,
    IOptions<ReconciliationSettings> settings,
    DashboardUpdates updates,
    TimeProvider clock,
    ILogger<ReconciliationService> logger) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task<ReconciliationRunSummary> RunAsync(JobRunProgress? progress, CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            var startedAt = clock.GetUtcNow().UtcDateTime;
            var timer = Stopwatch.StartNew();
            ReconciliationInput input;
            await using (var db = await factory.CreateDbContextAsync(ct))
            {
                input = await ClaimReader.ReadAsync(db, ct);
            }

            var readTime = timer.Elapsed;
            if (progress is not null)
            {
                progress.Total = input.Claims.Count;
                progress.Message = Message.Of(JobMessages.Reconciling, MessageArg.Number(input.Claims.Count));
            }

            timer.Restart();
            var result = new Reconciler(settings.Value.ToOptions()).Reconcile(input.Claims, input.Resolutions, input.Dismissals);
            var reconcileTime = timer.Elapsed;

            timer.Restart();
            (int Points, int Flags, int OpenConflicts) stored;
            await using (var db = await factory.CreateDbContextAsync(ct))
            {
                stored = await ReconciliationStore.ReplaceAsync(db, result, input, startedAt, clock.GetUtcNow().UtcDateTime, ct);
            }

            var summary = new ReconciliationRunSummary(
                input.NewsClaims, input.ReferenceClaims, input.UnplacedFigures, result.Series.Count, stored.Points, stored.Flags,
                stored.OpenConflicts, readTime, reconcileTime, timer.Elapsed);
            if (progress is not null)
            {
                await progress.AdvanceAsync(input.Claims.Count, 0, ct);
                progress.Message = summary.ToMessage();
            }

            logger.LogInformation("Reconciled {Summary}", summary);
            await updates.NotifyAsync(new DashboardChange("reconciliation", stored.Flags));
            return summary;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
