using Bunit;
using CasualtyDashboard.Extraction.Model;
using CasualtyDashboard.Web.Components.Dashboard;
using CasualtyDashboard.Web.Services.Dashboard;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace CasualtyDashboard.Web.Components.Tests;

/// <summary>The dashboard's filters hand the page the view asked for; the page makes its <see cref="DashboardView.Format"/> the URL.</summary>
public sealed class DashboardFiltersTests : ComponentTest
{
    private readonly List<DashboardView> _asked = [];

    private IRenderedComponent<DashboardFilters> RenderFilters(DashboardView view) =>
        Render<DashboardFilters>(p => p
            .Add(f => f.View, view)
            .Add(f => f.ViewChanged, EventCallback.Factory.Create<DashboardView>(this, v => _asked.Add(v)))
            .Add(f => f.Regions, ["gaza", "lebanon"])
            .Add(f => f.Subgroups, [FigureSubgroup.All, FigureSubgroup.Children])
            .Add(f => f.Authorities, ["gaza_moh"])
            .Add(f => f.Outlets, ["Al Jazeera"]));

    private static void ClickToggle(IRenderedComponent<DashboardFilters> filters, string group, string text) =>
        filters.FindAll($"[data-testid={group}] .mud-toggle-item").Single(e => e.TextContent.Trim() == text).Click();

    [Fact]
    public void Selects_Closed_RenderNoItem_ShowTheValue_AndAnOpenedListOffersEveryRegion()
    {
        var popovers = Render<MudPopoverProvider>();
        var filters = RenderFilters(DashboardView.Default with { Region = "lebanon", Subgroups = [FigureSubgroup.Children] });

        // Closed: not one item component on the server, and the select still shows its value.
        Assert.Empty(filters.FindComponents<MudSelectItem<string>>());
        Assert.Empty(filters.FindComponents<MudSelectItem<FigureSubgroup>>());
        Assert.Equal("lebanon", filters.Find("input[data-testid=region]").GetAttribute("value"));

        filters.Find(".mud-input-control.region").MouseDown();

        var items = popovers.FindAll(".mud-list-item");
        Assert.Equal(["gaza", "lebanon"], items.Select(i => i.TextContent.Trim()));
        items.Single(i => i.TextContent.Trim() == "gaza").Click();
        Assert.Equal("gaza", Assert.Single(_asked).Region);
    }

    [Fact]
    public void Mode_DailyChosen_TheLinkSaysModeDaily()
    {
        var filters = RenderFilters(DashboardView.Default);

        ClickToggle(filters, "mode", "Daily change");

        var view = Assert.Single(_asked);
        Assert.Equal(DashboardMode.Daily, view.Mode);
        Assert.Equal("mode=daily", view.Format());
    }

    [Fact]
    public void Category_InjuredAdded_TwoPanelsInTheFiltersOrder_AndTheLastOneCannotBeTakenAway()
    {
        var filters = RenderFilters(DashboardView.Default with { Categories = [FigureCategory.Injured] });

        ClickToggle(filters, "category", "Killed");
        var both = Assert.Single(_asked);
        Assert.Equal([FigureCategory.Killed, FigureCategory.Injured], both.Categories);
        Assert.Equal([FigureCategory.Killed, FigureCategory.Injured], DashboardView.Parse(both.Format(), out var problems).Categories);
        Assert.Empty(problems);

        // Injured alone: taking it away would leave no panel, so the view stays as it is (nothing is asked).
        ClickToggle(filters, "category", "Injured");
        Assert.Single(_asked);
    }

    [Fact]
    public void Dates_TypedAsIsoDays_BecomeTheViewsRange()
    {
        var filters = RenderFilters(DashboardView.Default);

        filters.Find("[data-testid=to] input").Change("2024-01-31");

        var view = Assert.Single(_asked);
        Assert.Equal(new DateOnly(2024, 1, 31), view.To);
        Assert.Equal("to=2024-01-31", view.Format());
    }

    [Fact]
    public void Dates_PickedFromTheCalendar_BecomeTheLinksRange_AndNoCalendarStaysOnTheServer()
    {
        var filters = RenderFilters(DashboardView.Default with { From = new DateOnly(2024, 5, 1) });
        Assert.Empty(filters.FindComponents<MudDatePicker>());

        filters.Find("[data-testid=from] [data-testid=date-open]").Click();
        filters.FindAll("[data-testid=from] .mud-picker-calendar-day:not(.mud-hidden)").Single(d => d.TextContent.Trim() == "9").Click();

        var view = Assert.Single(_asked);
        Assert.Equal(new DateOnly(2024, 5, 9), view.From);
        Assert.Equal("from=2024-05-09", view.Format());
        Assert.Empty(filters.FindComponents<MudDatePicker>());
    }

    [Fact]
    public void Dates_OfTheView_ShowAsIsoDays()
    {
        var filters = RenderFilters(DashboardView.Default with { From = new DateOnly(2024, 3, 5) });

        Assert.Equal("2024-03-05", filters.Find("[data-testid=from] input").GetAttribute("value"));
    }

    [Fact]
    public void Clear_FromAFilteredView_AsksForTheDefaultView()
    {
        var filters = RenderFilters(DashboardView.Default with { Mode = DashboardMode.Daily, Authorities = ["gaza_moh"] });

        filters.Find("[data-testid=dashboard-reset]").Click();

        Assert.Equal("", Assert.Single(_asked).Format());
    }
}

/// <summary>The same filters in Arabic: Gregorian days (culture <c>ar</c>, not <c>ar-SA</c>), written yyyy-MM-dd.</summary>
public sealed class DashboardFiltersArabicTests() : ComponentTest("ar")
{
    [Fact]
    public void Dates_InArabic_AreGregorianIsoDays()
    {
        var filters = Render<DashboardFilters>(p => p.Add(f => f.View, DashboardView.Default with { From = new DateOnly(2024, 5, 1) }));

        Assert.Equal("2024-05-01", filters.Find("[data-testid=from] input").GetAttribute("value"));
        Assert.IsType<System.Globalization.GregorianCalendar>(System.Globalization.CultureInfo.CurrentUICulture.Calendar);
    }

    [Fact]
    public void Mode_InArabic_IsLabelledInArabic()
    {
        var filters = Render<DashboardFilters>(p => p.Add(f => f.View, DashboardView.Default));

        Assert.Contains(filters.FindAll("[data-testid=mode] .mud-toggle-item"), e => e.TextContent.Trim() == "تراكمي");
    }
}
