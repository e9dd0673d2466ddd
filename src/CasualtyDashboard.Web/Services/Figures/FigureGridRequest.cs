using CasualtyDashboard.Data.Queries;
using MudBlazor;

namespace CasualtyDashboard.Web.Services.Figures;

/// <summary>
/// What the Figures grid asks for (a <see cref="GridState{T}"/>: page, page size, sorts) as the query's indexed sort and
/// rows: the first sort on a column that has an index wins, otherwise newest first; the page size is kept within the
/// query's maximum.
/// </summary>
public sealed record FigureGridRequest(FigureSort Sort, int Skip, int Take)
{
    /// <summary>The sortable columns by the name the grid gives them (the property path of their column).</summary>
    private static readonly Dictionary<string, FigureSortColumn> Columns = new(StringComparer.Ordinal)
    {
        ["Id"] = FigureSortColumn.Id,
        ["ReportedOn"] = FigureSortColumn.ReportedOn,
        ["Value"] = FigureSortColumn.Value,
        ["Category"] = FigureSortColumn.Category,
        ["Subgroup"] = FigureSortColumn.Subgroup,
        ["Region"] = FigureSortColumn.Region,
        ["Authority"] = FigureSortColumn.Authority,
    };

    public static FigureGridRequest From(GridState<FigureRow> state) =>
        From(state.SortDefinitions.OrderBy(s => s.Index).Select(s => ((string?)s.SortBy, s.Descending)), state.Page, state.PageSize);

    /// <summary>From sorts given as (column name, descending), a zero-based page and a page size.</summary>
    public static FigureGridRequest From(IEnumerable<(string? Column, bool Descending)> sorts, int page, int pageSize)
    {
        var size = Math.Clamp(pageSize, 1, FigureGridQuery.MaxPageSize);
        return new FigureGridRequest(SortOf(sorts), Math.Max(0, page) * size, size);
    }

    /// <summary>The column name's last segment (<c>Fields.Value</c> → <c>Value</c>) names the sort.</summary>
    private static FigureSort SortOf(IEnumerable<(string? Column, bool Descending)> sorts)
    {
        foreach (var (column, descending) in sorts)
        {
            if (column is null) continue;
            var name = column[(column.LastIndexOf('.') + 1)..];
            if (Columns.TryGetValue(name, out var sortColumn)) return new FigureSort(sortColumn, descending);
        }
        return FigureSort.Default;
    }
}
