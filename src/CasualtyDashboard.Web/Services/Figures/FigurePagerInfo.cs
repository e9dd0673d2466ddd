using System.Globalization;

namespace CasualtyDashboard.Web.Services.Figures;

/// <summary>
/// The Figures pager's "1–25 of N" with N in the interface's number format, or "more than N" (<c>Grid.MoreThan</c>) while
/// the page's count is capped (decision 059): the grid then knows only that more figures match than it counted. The capped
/// pager's last page shows the order's real end, whose positions are not known yet, so it reads "the last 25 of 10,000+"
/// (<c>Grid.PagerLast</c>) rather than the positions 9,976–10,000 the pager would give it.
/// </summary>
public static class FigurePagerInfo
{
    /// <param name="infoFormat">The pager's format (<c>Grid.PagerInfo</c>), with MudBlazor's <c>{all_items}</c> placeholder.</param>
    /// <param name="moreThan">The capped total's format (<c>Grid.MoreThan</c>), <c>{0}</c> being the cap.</param>
    /// <param name="lastFormat">The capped end's format (<c>Grid.PagerLast</c>): <c>{0}</c> the rows shown, <c>{1}</c> the capped total.</param>
    /// <param name="atCappedEnd">The page shown is the order's end, read while the count is capped.</param>
    /// <param name="rowsShown">The rows on the page shown.</param>
    public static string Format(string infoFormat, string moreThan, string lastFormat, int total, bool capped, bool atCappedEnd, int rowsShown)
    {
        var number = UiFormat.Number(total);
        if (!capped) return infoFormat.Replace("{all_items}", number, StringComparison.Ordinal);
        var all = string.Format(CultureInfo.InvariantCulture, moreThan, number);
        return atCappedEnd
            ? string.Format(CultureInfo.InvariantCulture, lastFormat, UiFormat.Number(rowsShown), all)
            : infoFormat.Replace("{all_items}", all, StringComparison.Ordinal);
    }
}
