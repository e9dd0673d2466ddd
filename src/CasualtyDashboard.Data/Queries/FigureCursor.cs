using CasualtyDashboard.Extraction.Model;

namespace CasualtyDashboard.Data.Queries;

/// <summary>
/// A row's place in every grid order: its id and the extracted fields the grid sorts by. A page that follows (or
/// precedes) a shown page is read from the index just past its last (or before its first) row's cursor
/// (<see cref="FigureSeek"/>), whatever its depth.
/// </summary>
public sealed record FigureCursor(long Id, long Value, DateOnly? ReportedOn, FigureCategory Category, FigureSubgroup Subgroup, string? Region, string Authority)
{
    public static FigureCursor Of(FigureRow row) =>
        new(row.Id, row.Fields.Value, row.Fields.ReportedOn, row.Fields.Category, row.Fields.Subgroup, row.Fields.Region, row.Fields.Authority);
}

/// <summary>Where a keyset page starts from its cursor.</summary>
public enum FigureSeekFrom
{
    /// <summary>The rows after the cursor: the next page.</summary>
    After,

    /// <summary>The rows before the cursor: the previous page.</summary>
    Before,

    /// <summary>The rows from the cursor on: the same page again (after a review, which changes no sort key).</summary>
    At,
}

/// <summary>Keyset paging: the page read from <see cref="Cursor"/> in the sort's order, as <see cref="From"/> says.</summary>
public sealed record FigureSeek(FigureCursor Cursor, FigureSeekFrom From);
