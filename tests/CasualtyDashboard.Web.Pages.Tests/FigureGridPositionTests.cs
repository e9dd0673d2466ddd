using CasualtyDashboard.Data.Queries;
using CasualtyDashboard.Extraction.Model;
using CasualtyDashboard.Web.Services.Figures;

namespace CasualtyDashboard.Web.Pages.Tests;

/// <summary>Which grid requests the Figures page turns into keyset seeks (decision 041).</summary>
public sealed class FigureGridPositionTests
{
    private static readonly FigureFilter Children = new() { Subgroup = FigureSubgroup.Children };
    private static readonly FigureSort ByValue = new(FigureSortColumn.Value, true);

    [Fact]
    public void SeekFor_NextPreviousAndSamePage_SeekFromTheShownPagesEdges()
    {
        var position = Shown(page: 4, ids: [11, 12, 13]);

        Assert.Equal(new FigureSeek(Cursor(13), FigureSeekFrom.After), position.SeekFor(Children, Request(5)));
        Assert.Equal(new FigureSeek(Cursor(11), FigureSeekFrom.Before), position.SeekFor(Children, Request(3)));
        Assert.Equal(new FigureSeek(Cursor(11), FigureSeekFrom.At), position.SeekFor(Children, Request(4)));
    }

    [Fact]
    public void SeekFor_AnotherFilterSortSizeOrAJump_ReadsByPosition()
    {
        var position = Shown(page: 4, ids: [11, 12, 13]);

        Assert.Null(position.SeekFor(FigureFilter.None, Request(5)));
        Assert.Null(position.SeekFor(Children, Request(5) with { Sort = ByValue with { Descending = false } }));
        Assert.Null(position.SeekFor(Children, FigureGridRequest.From([("Fields.Value", true)], 5, 50)));
        Assert.Null(position.SeekFor(Children, Request(9)));
        Assert.Null(position.SeekFor(Children, Request(0)));
    }

    [Fact]
    public void SeekFor_SameFirstPageOrAfterAnEmptyPage_ReadsByPosition()
    {
        // The first page again is read from the start, so figures extracted meanwhile appear; an empty page has no edges.
        Assert.Null(Shown(page: 0, ids: [1, 2]).SeekFor(Children, Request(0)));
        Assert.Null(Shown(page: 2, ids: []).SeekFor(Children, Request(3)));
        Assert.Null(new FigureGridPosition().SeekFor(Children, Request(1)));
    }

    private static FigureGridRequest Request(int page) => FigureGridRequest.From([("Fields.Value", true)], page, 25);

    private static FigureGridPosition Shown(int page, long[] ids)
    {
        var position = new FigureGridPosition();
        position.Shown(Children, Request(page), [.. ids.Select(Row)]);
        return position;
    }

    private static FigureCursor Cursor(long id) => FigureCursor.Of(Row(id));

    private static FigureRow Row(long id) => new(id, 1,
        new FigureFields(id * 10, FigureQualifier.Exact, FigureCategory.Killed, FigureSubgroup.Children, id % 2 == 0 ? "gaza" : null, null, "gaza_moh",
            new DateOnly(2024, 1, 1).AddDays((int)id), FigureBasis.Cumulative, null),
        "ن", 0, 1, "rule", "v", "Wafa", null, null, null);
}
