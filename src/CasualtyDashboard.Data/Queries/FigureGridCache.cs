namespace CasualtyDashboard.Data.Queries;

/// <summary>
/// What the Figures grid keeps between pages, for every circuit: the number of figures per filter (a COUNT over a
/// million rows is the usual cost of a page turn) and the ordered ids of the few filter-and-sort pairs paged deep into
/// (8 bytes a row, at most <see cref="Snapshots"/> kept). Entries live <see cref="Lifetime"/>; a review or correction
/// clears them (<see cref="Clear"/>), since it moves figures between review-state filters. A snapshot being built is
/// shared (<see cref="StartBuild"/>): a jump while the page's background build runs waits for it instead of reading the
/// same million ids a second time (decision 076). The filters' options are kept per <see cref="FacetsVersion"/> (decision 086).
/// </summary>
public sealed class FigureGridCache(TimeProvider clock)
{
    public const int Snapshots = 4;
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    private readonly Lock _lock = new();
    private readonly Dictionary<FigureFilter, (int Total, DateTimeOffset At)> _counts = [];
    private readonly Dictionary<FigureFilter, (int Cap, DateTimeOffset At)> _more = [];
    private readonly LinkedList<(FigureFilter Filter, FigureSort Sort, long[] Ids, DateTimeOffset At)> _ids = [];
    private readonly Dictionary<(FigureFilter, FigureSort), TaskCompletionSource<long[]>> _building = [];
    private int _generation;
    private (FacetsVersion Version, FigureFacets Facets, DateTimeOffset At)? _facets;

    public bool TryCount(FigureFilter filter, out int total)
    {
        lock (_lock)
        {
            total = 0;
            if (!_counts.TryGetValue(filter, out var entry) || Expired(entry.At)) return false;
            total = entry.Total;
            return true;
        }
    }

    public void SetCount(FigureFilter filter, int total)
    {
        lock (_lock) _counts[filter] = (total, clock.GetUtcNow());
    }

    /// <summary>Whether a capped count found more than <paramref name="cap"/> figures for this filter (and the exact count is not yet known).</summary>
    public bool MoreThan(FigureFilter filter, int cap)
    {
        lock (_lock) return _more.TryGetValue(filter, out var entry) && entry.Cap >= cap && !Expired(entry.At);
    }

    /// <summary>Remembers that more than <paramref name="cap"/> figures match the filter.</summary>
    public void SetMoreThan(FigureFilter filter, int cap)
    {
        lock (_lock) _more[filter] = (cap, clock.GetUtcNow());
    }

    public long[]? Ids(FigureFilter filter, FigureSort sort)
    {
        lock (_lock)
        {
            for (var node = _ids.First; node is not null; node = node.Next)
            {
                if (node.Value.Filter != filter || node.Value.Sort != sort) continue;
                if (Expired(node.Value.At))
                {
                    _ids.Remove(node);
                    return null;
                }
                _ids.Remove(node);
                _ids.AddFirst(node);
                return node.Value.Ids;
            }
            return null;
        }
    }

    public void SetIds(FigureFilter filter, FigureSort sort, long[] ids)
    {
        lock (_lock)
        {
            for (var node = _ids.First; node is not null; node = node.Next)
            {
                if (node.Value.Filter == filter && node.Value.Sort == sort)
                {
                    _ids.Remove(node);
                    break;
                }
            }
            _ids.AddFirst((filter, sort, ids, clock.GetUtcNow()));
            while (_ids.Count > Snapshots) _ids.RemoveLast();
            _counts[filter] = (ids.Length, clock.GetUtcNow());
        }
    }

    /// <summary>
    /// The build of the filter and sort's ordered ids under way (<c>Owner</c> null: wait for <c>Running</c>), or a new one
    /// the caller owns and ends with <see cref="EndBuild"/>. A build started before a <see cref="Clear"/> is not kept.
    /// </summary>
    public (Task<long[]> Running, TaskCompletionSource<long[]>? Owner, int Generation) StartBuild(FigureFilter filter, FigureSort sort)
    {
        lock (_lock)
        {
            if (_building.TryGetValue((filter, sort), out var running)) return (running.Task, null, _generation);
            var owner = new TaskCompletionSource<long[]>(TaskCreationOptions.RunContinuationsAsynchronously);
            _building[(filter, sort)] = owner;
            return (owner.Task, owner, _generation);
        }
    }

    /// <summary>Ends a build from <see cref="StartBuild"/>: its ids (kept unless the cache was cleared since), or how it failed.</summary>
    public void EndBuild(FigureFilter filter, FigureSort sort, TaskCompletionSource<long[]> owner, int generation, long[]? ids, Exception? failure = null)
    {
        lock (_lock)
        {
            if (_building.TryGetValue((filter, sort), out var current) && current == owner) _building.Remove((filter, sort));
            if (ids is not null && generation == _generation) SetIds(filter, sort, ids);
        }
        if (ids is not null) owner.TrySetResult(ids);
        else if (failure is OperationCanceledException) owner.TrySetCanceled();
        else owner.TrySetException(failure ?? new InvalidOperationException("The snapshot build ended without ids."));
    }

    /// <summary>The filters' options kept for <paramref name="version"/> (within <see cref="Lifetime"/>), or null.</summary>
    public FigureFacets? Facets(FacetsVersion version)
    {
        lock (_lock) return _facets is { } kept && kept.Version == version && !Expired(kept.At) ? kept.Facets : null;
    }

    public void SetFacets(FacetsVersion version, FigureFacets facets)
    {
        lock (_lock) _facets = (version, facets, clock.GetUtcNow());
    }

    /// <summary>Forgets every count, snapshot and option list (after a write that changes what a filter matches).</summary>
    public void Clear()
    {
        lock (_lock)
        {
            _facets = null;
            _counts.Clear();
            _more.Clear();
            _ids.Clear();
            _building.Clear();
            _generation++;
        }
    }

    private bool Expired(DateTimeOffset at) => clock.GetUtcNow() - at > Lifetime;
}
