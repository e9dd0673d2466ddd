using CasualtyDashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace CasualtyDashboard.Data.Queries;

public sealed class JobRunQueries(IDbContextFactory<DashboardDbContext> factory)
{
    /// <summary>The latest runs, newest first.</summary>
    public Task<IReadOnlyList<JobRunView>> RecentAsync(int take, CancellationToken ct = default) => RecentAsync(take, null, ct);

    /// <summary>The latest runs in one state (all when null), newest first.</summary>
    public async Task<IReadOnlyList<JobRunView>> RecentAsync(int take, JobRunState? state, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.JobRuns.AsNoTracking().Where(r => state == null || r.State == state).OrderByDescending(r => r.Id).Take(take)
            .Select(r => new JobRunView(r.Id, r.JobName, r.Trigger, r.StartedAt, r.EndedAt, r.State, r.Processed, r.Failed, r.Total, r.Message, r.Error))
            .ToListAsync(ct);
    }

    /// <summary>How many runs are in each state (states without runs are absent).</summary>
    public async Task<IReadOnlyDictionary<JobRunState, int>> CountsByStateAsync(CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.JobRuns.AsNoTracking().GroupBy(r => r.State).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, ct);
    }
}
