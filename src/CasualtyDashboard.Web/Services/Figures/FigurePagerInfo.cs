namespace CasualtyDashboard.Web.Services.Figures;

/// <summary>
/// The Figures pager's "1–25 of N" with N in the interface's number format, or "more than N" (<c>Grid.MoreThan</c>) while
/// the page's count is capped (decision 058): the grid then knows only that more figures match than it counted.
/// </summary>
public static class FigurePagerInfo
{
    /// <param name="infoFormat">The pager's format (<c>Grid.PagerInfo</c>), with MudBlazor's <c>{all_items}</c> placeholder.</param>
    /// <param name="moreThan">The capped total's format (<c>Grid.MoreThan</c>), <c>{0}</c> being the cap.</param>
    public static string Format(string infoFormat, string moreThan, int total, bool capped)
    {
        var number = UiFormat.Number(total);
        return infoFormat.Replace("{all_items}", capped ? string.Format(System.Globalization.CultureInfo.InvariantCulture, moreThan, number) : number, StringComparison.Ordinal);
    }
}
