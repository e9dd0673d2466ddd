using System.Collections.Concurrent;
using CasualtyDashboard.Data.Providers;

namespace CasualtyDashboard.Jobs.Scheduling;

/// <summary>
/// Keeps runs of one job from overlapping. A run enters before it starts its work and leaves when it ends; a run that
/// cannot enter within its wait does not run (a scheduled tick while a run is going: that run does the work).
/// </summary>
public interface IJobRunGuard
{
    /// <summary>Null when another run of the job holds it for longer than <paramref name="wait"/>.</summary>
    Task<IAsyncDisposable?> TryEnterAsync(string jobName, TimeSpan wait, CancellationToken ct);
}

/// <summary>One process (SQLite): a semaphore per job, waited on without holding a thread, cancelled at shutdown.</summary>
public sealed class InProcessJobRunGuard : IJobRunGuard
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _gates = new(StringComparer.Ordinal);

    public async Task<IAsyncDisposable?> TryEnterAsync(string jobName, TimeSpan wait, CancellationToken ct)
    {
        var gate = _gates.GetOrAdd(jobName, _ => new SemaphoreSlim(1, 1));
        return await gate.WaitAsync(wait, ct) ? new Release(gate) : null;
    }

    private sealed class Release(SemaphoreSlim gate) : IAsyncDisposable
    {
        private int _released;

        public ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0) gate.Release();
            return ValueTask.CompletedTask;
        }
    }
}

/// <summary>
/// Several processes on a server database: a named session lock of the database (PostgreSQL advisory lock, SQL Server
/// <c>sp_getapplock</c>) held on a connection of its own for the whole run. The server frees it when that session ends,
/// so a killed instance's lock goes with its connection and another instance takes the job over at once (Hangfire's own
/// PostgreSQL lock row would stay for its 10-minute timeout). Waiting tries again every second; a shutdown stops it.
/// </summary>
public sealed class DatabaseJobRunGuard(IProviderAdapter adapter, string connectionString) : IJobRunGuard
{
    public const string ResourcePrefix = "casualty-dashboard:job:";
    private static readonly TimeSpan Retry = TimeSpan.FromSeconds(1);

    public async Task<IAsyncDisposable?> TryEnterAsync(string jobName, TimeSpan wait, CancellationToken ct)
    {
        var infinite = wait == Timeout.InfiniteTimeSpan;
        var deadline = DateTime.UtcNow + (infinite ? TimeSpan.Zero : wait);
        while (true)
        {
            ct.ThrowIfCancellationRequested();
            if (await adapter.TryLockSessionAsync(connectionString, ResourcePrefix + jobName, ct) is { } held) return held;
            var left = deadline - DateTime.UtcNow;
            if (!infinite && left <= TimeSpan.Zero) return null;
            await Task.Delay(infinite || left > Retry ? Retry : left, ct);
        }
    }
}
