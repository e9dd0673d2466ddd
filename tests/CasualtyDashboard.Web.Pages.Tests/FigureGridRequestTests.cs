using CasualtyDashboard.Data.Queries;
using CasualtyDashboard.Web.Services.Figures;

namespace CasualtyDashboard.Web.Pages.Tests;

public sealed class FigureGridRequestTests
{
    [Theory]
    [InlineData("Fields.Value", FigureSortColumn.Value)]
    [InlineData("Value", FigureSortColumn.Value)]
    [InlineData("Fields.ReportedOn", FigureSortColumn.ReportedOn)]
    [InlineData("Fields.Authority", FigureSortColumn.Authority)]
    [InlineData("Id", FigureSortColumn.Id)]
    public void From_ColumnByItsPropertyPath_SortsByThatIndexedColumn(string column, FigureSortColumn expected)
    {
        var request = FigureGridRequest.From([(column, true)], page: 0, pageSize: 25);

        Assert.Equal(new FigureSort(expected, true), request.Sort);
    }

    [Fact]
    public void From_UnknownThenKnownColumn_TakesTheFirstItCanSortBy()
    {
        var request = FigureGridRequest.From([("Evidence", false), (null, false), ("Fields.Region", false)], 0, 25);

        Assert.Equal(new FigureSort(FigureSortColumn.Region, false), request.Sort);
    }

    [Fact]
    public void From_NoSort_IsNewestFirst()
    {
        Assert.Equal(FigureSort.Default, FigureGridRequest.From([], 0, 25).Sort);
    }

    [Theory]
    [InlineData(0, 25, 0, 25)]
    [InlineData(3, 50, 150, 50)]
    [InlineData(-1, 25, 0, 25)]
    [InlineData(2, 10_000, 2 * FigureGridQuery.MaxPageSize, FigureGridQuery.MaxPageSize)]
    public void From_PageAndSize_GiveTheRowsToSkipAndTake(int page, int size, int skip, int take)
    {
        var request = FigureGridRequest.From([], page, size);

        Assert.Equal((skip, take), (request.Skip, request.Take));
    }
}
