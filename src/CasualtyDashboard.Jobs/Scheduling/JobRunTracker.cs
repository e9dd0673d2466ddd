using CasualtyDashboard.Reconciliation.Messages;
using CasualtyDashboard.Data;
using CasualtyDashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CasualtyDashboard.Jobs.Scheduling;

/// <summary>Records job runs (start, progress, end, error) for the Jobs page.</summary>
public sealed class JobRunTracker(IDbContextFactory<DashboardDbContext> factory, DashboardUpdates updates, TimeProvider clock)
{
    /// <summary>The stored error of a run stopped by a shutdown.</summary>
    public static readonly string InterruptedMessage = Message.Of(JobMessages.Interrupted).ToStored();

    public async Task<JobRunProgress> StartAsync(string jobName, string trigger, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var run = new JobRun { JobName = jobName, Trigger = trigger, StartedAt = clock.GetUtcNow().UtcDateTime, State = JobRunState.Running };
        db.JobRuns.Add(run);
        await db.SaveChangesAsync(ct);
        await updates.NotifyAsync(new DashboardChange("jobs"));
        return new JobRunProgress(run.Id, jobName, this, clock);
    }

    internal Task SaveProgressAsync(JobRunProgress progress, CancellationToken ct) =>
        UpdateAsync(progress, JobRunState.Running, null, end: false, ct);

    public Task SucceedAsync(JobRunProgress progress, CancellationToken ct) =>
        UpdateAsync(progress, JobRunState.Succeeded, null, end: true, ct);

    public Task FailAsync(JobRunProgress progress, Exception error, CancellationToken ct) =>
        UpdateAsync(progress, JobRunState.Failed, ErrorOf(error).ToStored(), end: true, ct);

    /// <summary>A run stopped by a shutdown: what it did is kept, and its work resumes in the next run.</summary>
    public Task InterruptAsync(JobRunProgress progress, CancellationToken ct) =>
        UpdateAsync(progress, JobRunState.Interrupted, InterruptedMessage, end: true, ct);

    /// <summary>
    /// Runs of <paramref name="jobName"/> still marked running belonged to a process that stopped: say so. Call it only
    /// while holding the job's <see cref="IJobRunGuard"/>: then no live run of the job exists in any instance.
    /// </summary>
    public async Task MarkInterruptedRunsAsync(string jobName, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        await db.JobRuns.Where(r => r.State == JobRunState.Running && r.JobName == jobName).ExecuteUpdateAsync(s => s
            .SetProperty(r => r.State, JobRunState.Interrupted)
            .SetProperty(r => r.EndedAt, now)
            .SetProperty(r => r.Error, InterruptedMessage), ct);
    }

    /// <summary>
    /// Whether a run of <paramref name="jobName"/> that processed something ended after (or as) the last run of
    /// <paramref name="follower"/> started (or none ever started): the follower has not seen that run's work yet.
    /// </summary>
    public async Task<bool> ProcessedSinceLastStartAsync(string jobName, string follower, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var since = await db.JobRuns.Where(r => r.JobName == follower).OrderByDescending(r => r.StartedAt)
            .Select(r => (DateTime?)r.StartedAt).FirstOrDefaultAsync(ct);
        return await db.JobRuns.AnyAsync(r => r.JobName == jobName && r.Processed > 0 && r.EndedAt != null && (since == null || r.EndedAt >= since), ct);
    }

    /// <summary>An exception as people read it: its type and its own (English) message.</summary>
    public static Message ErrorOf(Exception error) =>
        Message.Of(JobMessages.Error, MessageArg.Text(error.GetType().Name), MessageArg.Text(error.Message));

    private async Task UpdateAsync(JobRunProgress progress, JobRunState state, string? error, bool end, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(CancellationToken.None);
        var now = clock.GetUtcNow().UtcDateTime;
        // Progress of a cancelled run is still saved: the record must not say less than what was done.
        await db.JobRuns.Where(r => r.Id == progress.RunId).ExecuteUpdateAsync(s => s
            .SetProperty(r => r.State, state)
            .SetProperty(r => r.Processed, progress.Processed)
            .SetProperty(r => r.Failed, progress.Failed)
            .SetProperty(r => r.Total, progress.Total)
            .SetProperty(r => r.Message, progress.Message == null ? null : progress.Message.ToStored())
            .SetProperty(r => r.Error, error)
            .SetProperty(r => r.EndedAt, end ? now : null), CancellationToken.None);
        progress.Saved?.Invoke(progress);
        await updates.NotifyAsync(new DashboardChange("jobs"));
    }
}
