using Microsoft.EntityFrameworkCore;

namespace CasualtyDashboard.Data.Queries;

public sealed class JobRunQueries(IDbContextFactory<DashboardDbContext> factory)
{
    /// <summary>The latest runs, newest first.</summary>
    public async Task<IReadOnlyList<JobRunView>> RecentAsync(int take, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.JobRuns.AsNoTracking().OrderByDescending(r => r.Id).Take(take)
            .Select(r => new JobRunView(r.Id, r.JobName, r.Trigger, r.StartedAt, r.EndedAt, r.State, r.Processed, r.Failed, r.Total, r.Message, r.Error))
            .ToListAsync(ct);
    }
}
