using CasualtyDashboard.Extraction.Model;
using CasualtyDashboard.Web.Services.Dashboard;

namespace CasualtyDashboard.Web.Tests.Dashboard;

public sealed class DashboardViewTests
{
    [Fact]
    public void Default_HasNoQuery_AndAnEmptyQueryIsTheDefault()
    {
        Assert.Equal("", DashboardView.Default.Format());
        var view = DashboardView.Parse("", out var problems);
        Assert.Equal(DashboardView.Default, view);
        Assert.Empty(problems);
        Assert.Equal([(FigureCategory.Killed, FigureSubgroup.All)], view.Panels);
    }

    [Fact]
    public void EveryField_SurvivesTheRoundTripThroughTheUrl()
    {
        var view = new DashboardView
        {
            Region = "west_bank",
            Categories = [FigureCategory.Killed, FigureCategory.Injured],
            Subgroups = [FigureSubgroup.Children, FigureSubgroup.Women],
            From = new DateOnly(2023, 11, 1), To = new DateOnly(2024, 2, 29),
            Authorities = ["gaza_moh", "other:Civil Defence, Gaza & North"],
            Outlets = ["Al Jazeera", "BBC Arabic"],
            Mode = DashboardMode.Daily,
        };

        var query = view.Format();
        var back = DashboardView.Parse("?" + query, out var problems);

        Assert.Empty(problems);
        Assert.Equal(view, back);
        Assert.Equal(view.Authorities, back.Authorities);
        Assert.Equal(view.Outlets, back.Outlets);
        Assert.Contains("mode=daily", query);
        Assert.Equal(4, back.Panels.Count);
        Assert.Equal((FigureCategory.Injured, FigureSubgroup.Women), back.Panels[3]);
    }

    [Fact]
    public void NotUnderstoodParts_AreNamed_AndTheRestOfTheLinkStillApplies()
    {
        var view = DashboardView.Parse("category=killed,dead&subgroup=kids&from=2024-13-01&to=2024-01-31&mode=weekly&region=Lebanon", out var problems);

        Assert.Equal([FigureCategory.Killed], view.Categories);
        Assert.Equal([FigureSubgroup.All], view.Subgroups);
        Assert.Null(view.From);
        Assert.Equal(new DateOnly(2024, 1, 31), view.To);
        Assert.Equal(DashboardMode.Cumulative, view.Mode);
        Assert.Equal("lebanon", view.Region);
        Assert.Equal(4, problems.Count);
        Assert.Contains(problems, p => p.Contains("'dead'") && p.Contains("killed, injured"));
        Assert.Contains(problems, p => p.Contains("'kids'"));
        Assert.Contains(problems, p => p.Contains("from '2024-13-01'"));
        Assert.Contains(problems, p => p.Contains("mode 'weekly'"));
    }

    [Fact]
    public void SwappedDates_AreSwappedBackAndSaid()
    {
        var view = DashboardView.Parse("from=2024-03-01&to=2024-01-01", out var problems);

        Assert.Equal(new DateOnly(2024, 1, 1), view.From);
        Assert.Equal(new DateOnly(2024, 3, 1), view.To);
        Assert.Single(problems);
    }

    [Fact]
    public void TooManyPanels_AreCappedAndSaid()
    {
        var view = DashboardView.Parse("category=killed,injured,missing&subgroup=all,children,women", out var problems);

        Assert.Equal(DashboardView.MaxPanels, view.Panels.Count);
        Assert.Contains(problems, p => p.Contains("9 panels"));
    }

    [Fact]
    public void NumericMode_IsNotTakenForAnEnumValue()
    {
        var view = DashboardView.Parse("mode=1", out var problems);

        Assert.Equal(DashboardMode.Cumulative, view.Mode);
        Assert.Single(problems);
    }

    [Fact]
    public void WithCategories_KeepsTheFiltersOrder_AndNeverLeavesNoPanel()
    {
        var view = DashboardView.Default;

        Assert.Equal([FigureCategory.Killed, FigureCategory.Missing], DashboardView.WithCategories(view, [FigureCategory.Missing, FigureCategory.Killed])!.Categories);
        Assert.Null(DashboardView.WithCategories(view, []));
        Assert.Equal([FigureSubgroup.All], DashboardView.WithSubgroups(view, null).Subgroups);
        Assert.Equal("subgroup=children,women", DashboardView.WithSubgroups(view, [FigureSubgroup.Women, FigureSubgroup.Children, FigureSubgroup.Women]).Format());
    }
}
