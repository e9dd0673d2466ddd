using System.Collections.Concurrent;
using CasualtyDashboard.Data.Queries;

namespace CasualtyDashboard.Web.Services.Dashboard;

/// <summary>
/// What the dashboard reads of the stored reconciliation (the series list, a series' chart points over all its dates, a
/// point with its claims, the last run), kept per <see cref="ReconciliationVersion"/> as decision 048 keeps the series
/// JSON: a dashboard asks the database for the version (four primary-key maxima) and reads the rest from memory until a
/// run, a resolution, a dismissal or a reference import moves it. One app-wide copy, shared by every circuit; concurrent
/// first reads of an entry share one query (not cancelled when one reader leaves). A generation holds at most
/// <see cref="MaxPoints"/> points; past that it starts empty (decision 056).
/// </summary>
public sealed class DashboardDataCache(ReconciliationQueries queries)
{
    private readonly ReconciliationQueries _queries = queries;

    /// <summary>The most chart points one generation keeps (about 1 KB each with their claims): some 100 series of 1,000 days.</summary>
    public const int MaxPoints = 100_000;

    private Generation _current = new(default);
    private long _reads;

    /// <summary>How many entries were read from the database (not from memory) since start: for the tests.</summary>
    public long Reads => Interlocked.Read(ref _reads);

    /// <summary>The entries of the current version: read the version once, then ask it for what a build needs.</summary>
    public async Task<Snapshot> SnapshotAsync(CancellationToken ct = default)
    {
        var version = await _queries.VersionAsync(ct);
        var generation = _current;
        if (generation.Version == version) return new Snapshot(this, generation);
        // Only ever forward: a reader of an older version (it started before a run ended) gets a generation of its own.
        var fresh = new Generation(version);
        if (version.IsAfter(generation.Version) && Interlocked.CompareExchange(ref _current, fresh, generation) == generation) return new Snapshot(this, fresh);
        return new Snapshot(this, _current.Version == version ? _current : fresh);
    }

    /// <summary>The dashboard's reads at one version.</summary>
    public sealed class Snapshot
    {
        private readonly DashboardDataCache _cache;
        private readonly Generation _generation;

        internal Snapshot(DashboardDataCache cache, Generation generation) => (_cache, _generation) = (cache, generation);

        public ReconciliationVersion Version => _generation.Version;

        public Task<IReadOnlyList<SeriesSummary>> SeriesAsync(CancellationToken ct = default) =>
            GetAsync("series", _ => _cache._queries.SeriesAsync(ct: CancellationToken.None), _ => 0, ct);

        public Task<ReconciliationStatus?> StatusAsync(CancellationToken ct = default) =>
            GetAsync("status", _ => _cache._queries.StatusAsync(CancellationToken.None), _ => 0, ct);

        /// <summary>The series' chart points over all its dates (<see cref="ReconciliationQueries.ChartPointsAsync"/>); a view's range is cut from them.</summary>
        public Task<IReadOnlyList<PointView>> ChartPointsAsync(long seriesId, CancellationToken ct = default) =>
            GetAsync("points:" + seriesId, _ => _cache._queries.ChartPointsAsync(seriesId, ct: CancellationToken.None), points => points.Count, ct);

        /// <summary>One point with all its claims (<see cref="ReconciliationQueries.PointAsync"/>), or null.</summary>
        public Task<PointView?> PointAsync(string key, CancellationToken ct = default) =>
            GetAsync("point:" + key, _ => _cache._queries.PointAsync(key, CancellationToken.None), _ => 1, ct);

        private async Task<T> GetAsync<T>(string key, Func<CancellationToken, Task<T>> read, Func<T, int> points, CancellationToken ct)
        {
            var entries = _generation.Entries;
            var entry = entries.GetOrAdd(key, _ => new Lazy<Task<object?>>(async () =>
            {
                Interlocked.Increment(ref _cache._reads);
                var value = await read(CancellationToken.None);
                if (Interlocked.Add(ref _generation.Points, points(value)) > MaxPoints) _generation.Clear();
                return value;
            }));
            try
            {
                return (T)(await entry.Value.WaitAsync(ct))!;
            }
            catch (Exception) when (!ct.IsCancellationRequested)
            {
                entries.TryRemove(new KeyValuePair<string, Lazy<Task<object?>>>(key, entry));
                throw;
            }
        }
    }

    internal sealed class Generation(ReconciliationVersion version)
    {
        public ReconciliationVersion Version { get; } = version;
        public ConcurrentDictionary<string, Lazy<Task<object?>>> Entries { get; } = new(StringComparer.Ordinal);
        public long Points;

        /// <summary>Starts the generation empty again (readers holding an entry's task still get its value).</summary>
        public void Clear()
        {
            Entries.Clear();
            Interlocked.Exchange(ref Points, 0);
        }
    }
}
