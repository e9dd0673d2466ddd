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

    private readonly VersionedEntries<object?> _entries = new();
    private long _reads;

    /// <summary>How many entries were read from the database (not from memory) since start: for the tests.</summary>
    public long Reads => Interlocked.Read(ref _reads);

    /// <summary>The entries of the current version: read the version once, then ask it for what a build needs.</summary>
    public async Task<Snapshot> SnapshotAsync(CancellationToken ct = default)
    {
        return new Snapshot(this, _entries.At(await _queries.VersionAsync(ct)));
    }

    /// <summary>The dashboard's reads at one version.</summary>
    public sealed class Snapshot
    {
        private readonly DashboardDataCache _cache;
        private readonly VersionedEntries<object?>.Generation _generation;

        internal Snapshot(DashboardDataCache cache, VersionedEntries<object?>.Generation generation) => (_cache, _generation) = (cache, generation);

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

        private async Task<T> GetAsync<T>(string key, Func<CancellationToken, Task<T>> read, Func<T, int> points, CancellationToken ct) =>
            (T)(await _generation.GetAsync(key, async () =>
            {
                Interlocked.Increment(ref _cache._reads);
                var value = await read(CancellationToken.None);
                if (_generation.AddWeight(points(value)) > MaxPoints) _generation.Clear();
                return value;
            }, ct))!;
    }
}
