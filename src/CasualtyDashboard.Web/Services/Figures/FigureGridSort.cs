using CasualtyDashboard.Data.Queries;
using Radzen;

namespace CasualtyDashboard.Web.Services.Figures;

/// <summary>The Figures grid's sortable columns (their <c>Property</c> paths) mapped to the query's indexed sorts.</summary>
public static class FigureGridSort
{
    private static readonly Dictionary<string, FigureSortColumn> Columns = new(StringComparer.Ordinal)
    {
        ["Id"] = FigureSortColumn.Id,
        ["Fields.ReportedOn"] = FigureSortColumn.ReportedOn,
        ["Fields.Value"] = FigureSortColumn.Value,
        ["Fields.Category"] = FigureSortColumn.Category,
        ["Fields.Subgroup"] = FigureSortColumn.Subgroup,
        ["Fields.Region"] = FigureSortColumn.Region,
        ["Fields.Authority"] = FigureSortColumn.Authority,
    };

    /// <summary>The first sort the grid asks for that has an index; the default (newest first) otherwise.</summary>
    public static FigureSort From(IEnumerable<SortDescriptor>? sorts)
    {
        foreach (var sort in sorts ?? [])
        {
            if (sort.SortOrder is null || sort.Property is null || !Columns.TryGetValue(sort.Property, out var column)) continue;
            return new FigureSort(column, sort.SortOrder == SortOrder.Descending);
        }
        return FigureSort.Default;
    }
}
