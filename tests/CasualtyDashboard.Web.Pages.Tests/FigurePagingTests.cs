using CasualtyDashboard.Data.Queries;

namespace CasualtyDashboard.Web.Pages.Tests;

public sealed class FigurePagingTests
{
    [Fact]
    public void Plan_NearTheStart_OffsetsFromTheStart()
    {
        Assert.Equal(new FigurePaging(FigurePagingMode.FromStart, 1_975, 25), FigurePaging.Plan(1_000_000, 1_975, 25, 2_000));
    }

    [Fact]
    public void Plan_NearTheEnd_OffsetsFromTheEndOfTheReversedOrder()
    {
        // Rows 999,950..999,974 are rows 25..49 counted from the end.
        Assert.Equal(new FigurePaging(FigurePagingMode.FromEnd, 25, 25), FigurePaging.Plan(1_000_000, 999_950, 25, 2_000));
    }

    [Fact]
    public void Plan_InTheMiddle_ReadsTheSnapshot()
    {
        Assert.Equal(new FigurePaging(FigurePagingMode.Snapshot, 500_000, 25), FigurePaging.Plan(1_000_000, 500_000, 25, 2_000));
    }

    [Fact]
    public void Plan_LastPartialPage_TakesWhatIsLeft()
    {
        Assert.Equal(new FigurePaging(FigurePagingMode.FromEnd, 0, 10), FigurePaging.Plan(1_000_010, 1_000_000, 25, 2_000));
    }

    [Fact]
    public void Plan_PastTheEnd_TakesNothing()
    {
        Assert.Equal(0, FigurePaging.Plan(100, 125, 25, 2_000).Take);
    }
}
