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
/// Chooses how a page read by position (not by keyset, decision 041) is read (<see cref="Mode"/>) and which rows of
/// that order (<see cref="Skip"/>, <see cref="Take"/>): offsets serve pages within <c>offsetLimit</c> rows of either
/// end, and a snapshot of the ordered ids the pages in between, where an OFFSET would step through hundreds of
/// thousands of index entries (each a table lookup when a filter is on another column). The first and last pages
/// (<see cref="Skip"/> 0 from either end) are read by keyset from the order's ends.
/// </summary>
public sealed record FigurePaging(FigurePagingMode Mode, int Skip, int Take)
{
    /// <param name="totalIsCapped">
    /// The total is a lower bound (a capped count, decision 058): no page is read by OFFSET from the end, whose distance
    /// from the end is unknown; a page past the start's offsets is read from the snapshot.
    /// </param>
    public static FigurePaging Plan(int total, int skip, int take, int offsetLimit, bool totalIsCapped = false)
    {
        skip = Math.Max(0, skip);
        take = Math.Max(0, Math.Min(take, total - skip));
        if (skip <= offsetLimit) return new(FigurePagingMode.FromStart, skip, take);
        if (totalIsCapped) return new(FigurePagingMode.Snapshot, skip, take);
        var end = skip + take;
        if (total - end <= offsetLimit) return new(FigurePagingMode.FromEnd, total - end, take);
        return new(FigurePagingMode.Snapshot, skip, take);
    }
}
