namespace CasualtyDashboard.Data.Queries;

/// <summary>How one page of the Figures grid is read.</summary>
public enum FigurePagingMode
{
    /// <summary>OFFSET from the start of the index order: cheap near the start.</summary>
    FromStart,

    /// <summary>OFFSET from the end, reading the index backwards: cheap near the end.</summary>
    FromEnd,

    /// <summary>A slice of the cached ordered ids of the filter and sort (built once by one index-ordered scan).</summary>
    Snapshot,
}

/// <summary>
/// Chooses how a page is read (<see cref="Mode"/>) and which rows of that order (<see cref="Skip"/>, <see cref="Take"/>).
/// A filtered set of at most <see cref="SnapshotLimit"/> figures is always read from its ids snapshot: its sort rarely
/// matches the filter's index (children sorted by value, an outlet's figures through the articles), so even its first
/// page sorts the whole set; once built, every page is a primary-key lookup. Otherwise offsets serve pages within
/// <c>offsetLimit</c> rows of either end, and the snapshot the pages in between, where an OFFSET would step through
/// hundreds of thousands of index entries (each a table lookup when a filter is on another column).
/// </summary>
public sealed record FigurePaging(FigurePagingMode Mode, int Skip, int Take)
{
    /// <summary>The largest filtered set read from a snapshot from its first page (2 MB of ids).</summary>
    public const int SnapshotLimit = 250_000;

    public static FigurePaging Plan(int total, int skip, int take, int offsetLimit, bool filtered = false)
    {
        skip = Math.Max(0, skip);
        take = Math.Max(0, Math.Min(take, total - skip));
        if (filtered && total <= SnapshotLimit && total > take) return new(FigurePagingMode.Snapshot, skip, take);
        if (skip <= offsetLimit) return new(FigurePagingMode.FromStart, skip, take);
        var end = skip + take;
        if (total - end <= offsetLimit) return new(FigurePagingMode.FromEnd, total - end, take);
        return new(FigurePagingMode.Snapshot, skip, take);
    }
}
