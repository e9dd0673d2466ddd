using Bunit;
using CasualtyDashboard.Data.Queries;
using CasualtyDashboard.Extraction.Model;
using CasualtyDashboard.Web.Components.Figures;
using CasualtyDashboard.Web.Components.Inputs;
using CasualtyDashboard.Web.Services.Figures;

namespace CasualtyDashboard.Web.Pages.Tests;

public sealed class FilterTests : ComponentTest
{
    [Fact]
    public void FilterBar_Clear_HandsBackNoFilter()
    {
        FigureFilter? changed = null;
        var bar = Render<FigureFilterBar>(p => p
            .Add(b => b.Value, new FigureFilter { Region = "gaza", Category = FigureCategory.Killed })
            .Add(b => b.Facets, new FigureFacets(["gaza"], ["gaza_moh"], ["BBC Arabic"]))
            .Add(b => b.ValueChanged, f => changed = f));

        bar.Find("[data-testid=filter-clear]").Click();

        Assert.Equal(FigureFilter.None, changed);
    }

    [Fact]
    public void IsoDateField_ShowsAndReadsYearMonthDay_InArabicToo()
    {
        using var _ = Strings.Language("ar");
        DateOnly? changed = null;
        var field = Render<IsoDateField>(p => p.Add(f => f.Value, new DateOnly(2024, 5, 1)).Add(f => f.ValueChanged, d => changed = d));

        var input = field.Find("input");
        Assert.Equal("2024-05-01", input.GetAttribute("value"));
        input.Change("2023-10-07");

        field.WaitForAssertion(() => Assert.Equal(new DateOnly(2023, 10, 7), changed));
    }

    [Fact]
    public void FilterInTheAddress_RoundTrips_AndABadValueIsNamed()
    {
        var filter = new FigureFilter { Category = FigureCategory.Killed, Region = "gaza", From = new DateOnly(2024, 1, 1), Review = ReviewState.Accepted };

        var link = FigureFilterQueryString.Link("figures", filter);

        Assert.Equal("figures?category=killed&region=gaza&from=2024-01-01&review=accepted", link);
        Assert.True(FigureFilterQueryString.TryParse(link[link.IndexOf('?')..], out var parsed, out _));
        Assert.Equal(filter, parsed);
        Assert.Equal("figures", FigureFilterQueryString.Link("figures", FigureFilter.None));
        Assert.False(FigureFilterQueryString.TryParse("?from=01/02/2024", out _, out var error));
        Assert.Contains("from", error);
    }
}
