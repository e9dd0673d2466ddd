using System.Collections.Concurrent;
using Hangfire;
using Hangfire.Storage;

namespace CasualtyDashboard.Jobs.Scheduling;

/// <summary>
/// Keeps runs of one job from overlapping. A run enters before it starts its work and leaves when it ends; a run that
/// cannot enter within its wait does not run (a scheduled tick while a run is going: that run does the work).
/// </summary>
public interface IJobRunGuard
{
    /// <summary>Null when another run of the job holds it for longer than <paramref name="wait"/>.</summary>
    Task<IDisposable?> TryEnterAsync(string jobName, TimeSpan wait, CancellationToken ct);
}

/// <summary>One process (SQLite): a semaphore per job, waited on without holding a thread, cancelled at shutdown.</summary>
public sealed class InProcessJobRunGuard : IJobRunGuard
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _gates = new(StringComparer.Ordinal);

    public async Task<IDisposable?> TryEnterAsync(string jobName, TimeSpan wait, CancellationToken ct)
    {
        var gate = _gates.GetOrAdd(jobName, _ => new SemaphoreSlim(1, 1));
        return await gate.WaitAsync(wait, ct) ? new Release(gate) : null;
    }

    private sealed class Release(SemaphoreSlim gate) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0) gate.Release();
        }
    }
}

/// <summary>
/// Several processes on a server database: Hangfire's distributed lock in its storage (SQL Server <c>sp_getapplock</c>,
/// released when the holder's session dies; PostgreSQL a lock row, removed after its DistributedLockTimeout of 10 min
/// when the holder died). Waiting is done in short slices so a shutdown is not held up.
/// </summary>
public sealed class StorageJobRunGuard(JobStorage storage) : IJobRunGuard
{
    public const string ResourcePrefix = "casualty-dashboard:job:";
    private static readonly TimeSpan Slice = TimeSpan.FromSeconds(5);

    public async Task<IDisposable?> TryEnterAsync(string jobName, TimeSpan wait, CancellationToken ct)
    {
        var infinite = wait == Timeout.InfiniteTimeSpan;
        var deadline = DateTime.UtcNow + (infinite ? TimeSpan.Zero : wait);
        while (true)
        {
            ct.ThrowIfCancellationRequested();
            var slice = infinite ? Slice : TimeSpan.FromTicks(Math.Clamp((deadline - DateTime.UtcNow).Ticks, 0, Slice.Ticks));
            var connection = storage.GetConnection();
            try
            {
                var held = connection.AcquireDistributedLock(ResourcePrefix + jobName, slice);
                return new Held(held, connection);
            }
            catch (DistributedLockTimeoutException)
            {
                connection.Dispose();
                if (!infinite && DateTime.UtcNow >= deadline) return null;
            }
            catch
            {
                connection.Dispose();
                throw;
            }
            await Task.Yield();
        }
    }

    private sealed class Held(IDisposable distributedLock, IStorageConnection connection) : IDisposable
    {
        public void Dispose()
        {
            try { distributedLock.Dispose(); }
            finally { connection.Dispose(); }
        }
    }
}
