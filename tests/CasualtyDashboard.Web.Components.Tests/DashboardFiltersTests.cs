using Bunit;
using CasualtyDashboard.Extraction.Model;
using CasualtyDashboard.Web.Components.Dashboard;
using CasualtyDashboard.Web.Components.Inputs;
using CasualtyDashboard.Web.Services.Dashboard;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
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

    private static IReadOnlyList<string> Options(IRenderedComponent<DashboardFilters> filters, string select) =>
        filters.FindAll($"[data-testid={select}] [role=option]").Select(o => o.TextContent.Trim()).ToList();

    [Fact]
    public void Selects_Closed_AreOneComponentEach_ShowTheValue_AndAnOpenedListOffersEveryRegion_TheOneChosenJoinsTheLink()
    {
        var filters = RenderFilters(DashboardView.Default with { Subgroups = [FigureSubgroup.Children] });

        // Closed: one component per select, no MudSelect, no list, and each shows its value.
        Assert.Equal(4, filters.FindComponents<LightSelect<string>>().Count + filters.FindComponents<LightSelect<FigureSubgroup>>().Count);
        Assert.Empty(filters.FindComponents<MudSelect<string>>());
        Assert.Empty(filters.FindComponents<MudPopover>());
        Assert.Empty(filters.FindAll("[role=listbox]"));
        Assert.Equal("Gaza", filters.Find("[data-testid=region] [data-testid=select-value]").TextContent);
        Assert.Equal("Children", filters.Find("[data-testid=subgroup] [data-testid=select-value]").TextContent);
        Assert.Equal("false", filters.Find("[data-testid=region] [data-testid=select-value]").GetAttribute("aria-expanded"));

        filters.Find("[data-testid=region] [data-testid=select-value]").Click();

        Assert.Equal("true", filters.Find("[data-testid=region] [data-testid=select-value]").GetAttribute("aria-expanded"));
        Assert.Equal(["Gaza", "Lebanon"], Options(filters, "region"));
        Assert.Equal(["true", "false"], filters.FindAll("[data-testid=region] [role=option]").Select(o => o.GetAttribute("aria-selected")));
        filters.FindAll("[data-testid=region] [role=option]").Single(o => o.TextContent.Trim() == "Lebanon").Click();

        var view = Assert.Single(_asked);
        Assert.Equal("lebanon", view.Region);
        Assert.Equal("region=lebanon&subgroup=children", view.Format());
        // One value chosen closes the list: nothing of it stays on the server.
        Assert.Empty(filters.FindAll("[role=listbox]"));
    }

    [Fact]
    public void Subgroups_ChosenByMouse_AreAddedInTheListsOrder_AndTheListStaysOpen()
    {
        var filters = RenderFilters(DashboardView.Default with { Subgroups = [FigureSubgroup.Children] });

        filters.Find("[data-testid=subgroup] [data-testid=select-value]").Click();
        var listbox = filters.Find("[data-testid=subgroup] [role=listbox]");
        Assert.Equal("true", listbox.GetAttribute("aria-multiselectable"));
        Assert.Equal(["All", "Children"], Options(filters, "subgroup"));
        filters.FindAll("[data-testid=subgroup] [role=option]").Single(o => o.TextContent.Trim() == "All").Click();

        var view = Assert.Single(_asked);
        Assert.Equal([FigureSubgroup.All, FigureSubgroup.Children], view.Subgroups);
        Assert.Contains("subgroup=all%2Cchildren", view.Format().Replace(",", "%2C", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.NotEmpty(filters.FindAll("[data-testid=subgroup] [role=listbox]"));
    }

    [Fact]
    public void Selects_ByKeyboard_ArrowsOpenAndMove_EnterChooses_SpaceToggles_EscapeCloses()
    {
        var filters = RenderFilters(DashboardView.Default);
        var region = filters.Find("[data-testid=region]");

        // Arrow down on the closed field opens the list on its first option.
        region.KeyDown(new KeyboardEventArgs { Key = "ArrowDown" });
        var listbox = filters.Find("[data-testid=region] [role=listbox]");
        var options = filters.FindAll("[data-testid=region] [role=option]");
        Assert.Equal(options[0].Id, listbox.GetAttribute("aria-activedescendant"));
        filters.Find("[data-testid=region]").KeyDown(new KeyboardEventArgs { Key = "ArrowDown" });
        Assert.Equal(filters.FindAll("[data-testid=region] [role=option]")[1].Id, filters.Find("[data-testid=region] [role=listbox]").GetAttribute("aria-activedescendant"));
        filters.Find("[data-testid=region]").KeyDown(new KeyboardEventArgs { Key = "Enter" });

        Assert.Equal("lebanon", Assert.Single(_asked).Region);
        Assert.Empty(filters.FindAll("[data-testid=region] [role=listbox]"));

        // A multi-select: Space toggles the active option and the list stays open; Escape closes it.
        var outlet = filters.Find("[data-testid=outlet]");
        outlet.KeyDown(new KeyboardEventArgs { Key = "ArrowDown" });
        filters.Find("[data-testid=outlet]").KeyDown(new KeyboardEventArgs { Key = " " });
        Assert.Equal(["Al Jazeera"], _asked[1].Outlets);
        Assert.NotEmpty(filters.FindAll("[data-testid=outlet] [role=listbox]"));
        filters.Find("[data-testid=outlet]").KeyDown(new KeyboardEventArgs { Key = "Escape" });
        Assert.Empty(filters.FindAll("[data-testid=outlet] [role=listbox]"));
        Assert.Equal(2, _asked.Count);
    }

    [Fact]
    public void RegionsAndAuthorities_AreNamedInTheInterfaceLanguage_InTheFieldAndTheList_AndTheCodeIsWhatJoinsTheView()
    {
        var filters = Render<DashboardFilters>(p => p
            .Add(f => f.View, DashboardView.Default with { Region = "west_bank", Authorities = ["gaza_moh"] })
            .Add(f => f.ViewChanged, EventCallback.Factory.Create<DashboardView>(this, v => _asked.Add(v)))
            .Add(f => f.Regions, ["west_bank", "north_sinai"])
            .Add(f => f.Authorities, ["gaza_moh", "lebanon_moh"]));

        // A region the table names, and one it does not (its code in title case, as the chart's title says it).
        Assert.Equal("West Bank", filters.Find("[data-testid=region] [data-testid=select-value]").TextContent);
        filters.Find("[data-testid=region] [data-testid=select-value]").Click();
        Assert.Equal(["West Bank", "North Sinai"], Options(filters, "region"));
        filters.Find("[data-testid=region] .light-select-backdrop").Click();

        Assert.Equal("Gaza Ministry of Health", filters.Find("[data-testid=authority] [data-testid=select-value]").TextContent);
        filters.Find("[data-testid=authority] [data-testid=select-value]").Click();
        Assert.Equal(["Gaza Ministry of Health", "Lebanese Ministry of Public Health"], Options(filters, "authority"));

        filters.FindAll("[data-testid=authority] [role=option]")[1].Click();

        Assert.Equal(["gaza_moh", "lebanon_moh"], Assert.Single(_asked).Authorities);
    }

    [Fact]
    public void RenderedAgain_WithEqualViewAndListsInNewObjects_AndANewCallback_TheBarIsNotRenderedAgain_ANewViewIs()
    {
        var filters = RenderFilters(DashboardView.Default with { Subgroups = [FigureSubgroup.Children] });
        var renders = filters.RenderCount;

        // What the page hands on a render that changes nothing: equal values in new objects, a callback made anew.
        filters.Render(p => p
            .Add(f => f.View, DashboardView.Default with { Subgroups = [FigureSubgroup.Children] })
            .Add(f => f.ViewChanged, EventCallback.Factory.Create<DashboardView>(this, v => _asked.Add(v)))
            .Add(f => f.Regions, ["gaza", "lebanon"])
            .Add(f => f.Subgroups, [FigureSubgroup.All, FigureSubgroup.Children])
            .Add(f => f.Authorities, ["gaza_moh"])
            .Add(f => f.Outlets, ["Al Jazeera"]));
        Assert.Equal(renders, filters.RenderCount);

        // One more region offered: rendered, and the list shows it.
        filters.Render(p => p.Add(f => f.Regions, ["gaza", "lebanon", "west_bank"]));
        Assert.Equal(renders + 1, filters.RenderCount);
        filters.Find("[data-testid=region] [data-testid=select-value]").Click();
        Assert.Equal(["Gaza", "Lebanon", "West Bank"], Options(filters, "region"));

        // Another view: rendered, and the mode toggle follows it.
        var opened = filters.RenderCount;
        filters.Render(p => p.Add(f => f.View, DashboardView.Default with { Mode = DashboardMode.Daily }));
        Assert.Equal(opened + 1, filters.RenderCount);
        Assert.Equal("true", filters.FindAll("[data-testid=mode] .mud-toggle-item").Single(e => e.TextContent.Trim() == "Daily change").GetAttribute("aria-checked"));
    }

    [Fact]
    public void Authority_Cleared_AsksForNoAuthority_AndAClickBesideTheListClosesIt()
    {
        var filters = RenderFilters(DashboardView.Default with { Authorities = ["gaza_moh"] });

        filters.Find("[data-testid=authority] [data-testid=select-value]").Click();
        filters.Find("[data-testid=authority] .light-select-backdrop").Click();
        Assert.Empty(filters.FindAll("[role=listbox]"));
        Assert.Empty(_asked);

        filters.Find("[data-testid=authority] [data-testid=select-clear]").Click();
        Assert.Empty(Assert.Single(_asked).Authorities);
        // Nothing chosen: no clear button.
        Assert.Empty(RenderFilters(DashboardView.Default).FindAll("[data-testid=authority] [data-testid=select-clear]"));
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

    [Fact]
    public void Selects_InArabic_AreLabelledInArabic_AndListTheSubgroupsInArabic()
    {
        var asked = new List<DashboardView>();
        var filters = Render<DashboardFilters>(p => p
            .Add(f => f.View, DashboardView.Default with { Subgroups = [FigureSubgroup.Children] })
            .Add(f => f.ViewChanged, EventCallback.Factory.Create<DashboardView>(this, asked.Add))
            .Add(f => f.Subgroups, [FigureSubgroup.All, FigureSubgroup.Children]));

        Assert.Equal("الفئة الفرعية", filters.Find("[data-testid=subgroup] label").TextContent);
        Assert.Equal("المنطقة", filters.Find("[data-testid=region] label").TextContent);
        var value = filters.Find("[data-testid=subgroup] [data-testid=select-value]");
        Assert.Equal("أطفال", value.TextContent);
        // The button is named by its label and its value.
        var label = filters.Find("[data-testid=subgroup] label");
        Assert.Equal($"{label.Id} {value.Id}", value.GetAttribute("aria-labelledby"));

        value.Click();
        Assert.Equal(["الكل", "أطفال"], filters.FindAll("[data-testid=subgroup] [role=option]").Select(o => o.TextContent.Trim()));
        filters.FindAll("[data-testid=subgroup] [role=option]")[0].Click();
        Assert.Equal([FigureSubgroup.All, FigureSubgroup.Children], Assert.Single(asked).Subgroups);
    }
}
