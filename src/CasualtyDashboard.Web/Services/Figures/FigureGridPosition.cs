using CasualtyDashboard.Data.Queries;

namespace CasualtyDashboard.Web.Services.Figures;

/// <summary>
/// The page the Figures grid shows, kept so the next request can be a keyset seek (decision 041): when the grid asks for
/// the page right after (before) the shown one, with the same filter, sort and page size, the query reads the rows after
/// the shown page's last (before its first) row instead of counting an offset, and the same page again (a reload after
/// a review) from its first row. Any other request (the first or last page, a new filter, sort or page size, a jump) is
/// read by position. Holds two cursors, not the rows.
/// </summary>
public sealed class FigureGridPosition
{
    private (FigureFilter Filter, FigureGridRequest Request, FigureCursor First, FigureCursor Last)? _shown;

    /// <summary>The seek for this request, or null when it is not next to the shown page.</summary>
    public FigureSeek? SeekFor(FigureFilter filter, FigureGridRequest request)
    {
        if (_shown is not { } shown || shown.Filter != filter || shown.Request.Sort != request.Sort || shown.Request.Take != request.Take) return null;
        if (request.Skip == shown.Request.Skip + shown.Request.Take) return new FigureSeek(shown.Last, FigureSeekFrom.After);
        if (request.Skip == shown.Request.Skip - shown.Request.Take) return new FigureSeek(shown.First, FigureSeekFrom.Before);
        return request.Skip == shown.Request.Skip && request.Skip > 0 ? new FigureSeek(shown.First, FigureSeekFrom.At) : null;
    }

    /// <summary>Remembers the page now shown (an empty page forgets it).</summary>
    public void Shown(FigureFilter filter, FigureGridRequest request, IReadOnlyList<FigureRow> rows) =>
        _shown = rows.Count == 0 ? null : (filter, request, FigureCursor.Of(rows[0]), FigureCursor.Of(rows[^1]));
}
