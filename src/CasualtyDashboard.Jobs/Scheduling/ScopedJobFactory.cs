using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using Quartz.Spi;

namespace CasualtyDashboard.Jobs.Scheduling;

/// <summary>Creates each job run in its own DI scope (own DbContext) and disposes the scope when Quartz returns the job.</summary>
internal sealed class ScopedJobFactory(IServiceScopeFactory scopes) : IJobFactory
{
    private readonly ConcurrentDictionary<IJob, IServiceScope> _live = new();

    public IJob NewJob(TriggerFiredBundle bundle, IScheduler scheduler)
    {
        var scope = scopes.CreateScope();
        try
        {
            var job = (IJob)scope.ServiceProvider.GetRequiredService(bundle.JobDetail.JobType);
            _live[job] = scope;
            return job;
        }
        catch
        {
            scope.Dispose();
            throw;
        }
    }

    public void ReturnJob(IJob job)
    {
        if (_live.TryRemove(job, out var scope)) scope.Dispose();
    }
}
