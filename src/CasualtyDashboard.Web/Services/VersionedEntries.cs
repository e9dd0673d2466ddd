using System.Collections.Concurrent;
using CasualtyDashboard.Data.Queries;

namespace CasualtyDashboard.Web.Services;

/// <summary>
/// Values computed once per key and <see cref="ReconciliationVersion"/>, kept until the version moves (decisions 048,
/// 056): the one mechanism behind <see cref="ReconciledJsonCache"/> and <see cref="Dashboard.DashboardDataCache"/>. A
/// generation only ever moves forward: a reader of an older version (it started before a run ended), or one that lost the
/// race to another version, gets a generation of its own. Concurrent first reads of a key share one computation, which
/// is not cancelled when one reader leaves; a computation that fails is forgotten, so the next reader tries again.
/// </summary>
public sealed class VersionedEntries<T>
{
    private Generation _current = new(default);

    /// <summary>The generation of <paramref name="version"/>: the current one, a newer one that replaces it, or one of its own.</summary>
    public Generation At(ReconciliationVersion version)
    {
        var generation = _current;
        if (generation.Version == version) return generation;
        var fresh = new Generation(version);
        if (version.IsAfter(generation.Version) && Interlocked.CompareExchange(ref _current, fresh, generation) == generation) return fresh;
        return _current.Version == version ? _current : fresh;
    }

    /// <summary>The values of one version.</summary>
    public sealed class Generation(ReconciliationVersion version)
    {
        private readonly ConcurrentDictionary<string, Lazy<Task<T>>> _entries = new(StringComparer.Ordinal);
        private long _weight;

        public ReconciliationVersion Version { get; } = version;

        public int Count => _entries.Count;

        /// <summary>
        /// The value of <paramref name="key"/>, computed by <paramref name="compute"/> at most once in the usual case (not
        /// with the reader's token: the computation is shared by every reader waiting on it).
        /// </summary>
        public async Task<T> GetAsync(string key, Func<Task<T>> compute, CancellationToken ct)
        {
            var entry = _entries.GetOrAdd(key, _ => new Lazy<Task<T>>(compute));
            try
            {
                return await entry.Value.WaitAsync(ct);
            }
            catch (Exception) when (!ct.IsCancellationRequested)
            {
                _entries.TryRemove(new KeyValuePair<string, Lazy<Task<T>>>(key, entry));
                throw;
            }
        }

        /// <summary>Adds to the generation's weight (what its owner bounds, e.g. chart points) and returns the new total.</summary>
        public long AddWeight(long weight) => Interlocked.Add(ref _weight, weight);

        /// <summary>Starts the generation empty again (readers holding an entry's task still get its value).</summary>
        public void Clear()
        {
            _entries.Clear();
            Interlocked.Exchange(ref _weight, 0);
        }
    }
}
