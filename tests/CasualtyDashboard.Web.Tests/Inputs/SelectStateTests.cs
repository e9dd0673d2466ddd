using CasualtyDashboard.Web.Services.Inputs;

namespace CasualtyDashboard.Web.Tests.Inputs;

public sealed class SelectStateTests
{
    private static readonly string[] Towns = ["north", "centre", "south"];

    private static SelectState<string> Single(string? value = null)
    {
        var state = new SelectState<string>();
        state.Set(Towns, multiple: false, value, [], t => t.ToUpperInvariant());
        return state;
    }

    private static SelectState<string> Several(params string[] values)
    {
        var state = new SelectState<string>();
        state.Set(Towns, multiple: true, null, values, null);
        return state;
    }

    [Fact]
    public void Text_IsTheValuesText_OrTheValuesJoinedInTheOrderChosen()
    {
        Assert.Equal("CENTRE", Single("centre").Text);
        Assert.Equal("", Single().Text);
        Assert.False(Single().HasValue);
        Assert.Equal("south, north", Several("south", "north").Text);
        Assert.True(Several("south").HasValue);
        Assert.False(Several().HasValue);
    }

    [Fact]
    public void Open_StartsOnTheFirstChosenOption_OrTheFirst_AndAsksForTheFocusInTheList()
    {
        var state = Several("south", "centre");
        state.Open();

        Assert.True(state.IsOpen);
        Assert.Equal(1, state.Active);
        Assert.Equal(SelectFocus.List, state.TakeFocus());
        Assert.Equal(SelectFocus.None, state.TakeFocus());

        var empty = Single();
        empty.Open();
        Assert.Equal(0, empty.Active);
    }

    [Fact]
    public void Choose_InASingleSelect_ClosesAndGivesTheFocusBack_AndTheSameValueChangesNothing()
    {
        var state = Single("north");
        state.Open();

        var change = state.Choose(2);

        Assert.Equal("south", change?.Value);
        Assert.Null(change?.Values);
        Assert.False(state.IsOpen);
        Assert.Equal(-1, state.Active);
        Assert.Equal(SelectFocus.Button, state.TakeFocus());

        state.Open();
        Assert.Null(state.Choose(0));
        Assert.Null(state.Choose(7));
    }

    [Fact]
    public void Choose_InAMultiSelect_TogglesTheOption_StaysOpen_AndHandsBackTheOptionsOrder()
    {
        var state = Several("south");
        state.Open();

        Assert.Equal(["north", "south"], state.Choose(0)?.Values);
        Assert.True(state.IsOpen);
        Assert.Equal(0, state.Active);

        state.Set(Towns, multiple: true, null, ["south", "north"], null);
        Assert.Equal(["north"], state.Choose(2)?.Values);
    }

    [Fact]
    public void Keys_ArrowsOpenAClosedList_MoveWithinBounds_HomeAndEndJump_EnterChooses_EscapeCloses()
    {
        var state = Single();

        Assert.Null(state.Key("Enter"));
        Assert.False(state.IsOpen);
        Assert.Null(state.Key("ArrowDown"));
        Assert.True(state.IsOpen);
        Assert.Equal(0, state.Active);

        state.Key("ArrowUp");
        Assert.Equal(0, state.Active);
        state.Key("End");
        Assert.Equal(2, state.Active);
        state.Key("ArrowDown");
        Assert.Equal(2, state.Active);
        state.Key("Home");
        state.Key("ArrowDown");
        Assert.Equal(1, state.Active);

        Assert.Equal("centre", state.Key("Enter")?.Value);
        Assert.False(state.IsOpen);

        state.Key("ArrowUp");
        state.TakeFocus();
        Assert.Null(state.Key("Escape"));
        Assert.False(state.IsOpen);
        Assert.Equal(SelectFocus.Button, state.TakeFocus());
    }

    [Fact]
    public void Space_InAMultiSelect_TogglesTheActiveOption_AndTabCloses()
    {
        var state = Several();
        state.Key("ArrowDown");
        state.Key("ArrowDown");

        Assert.Equal(["centre"], state.Key(" ")?.Values);
        Assert.True(state.IsOpen);

        state.Key("Tab");
        Assert.False(state.IsOpen);
    }

    [Fact]
    public void Clear_ClosesTheList_AndChoosesNothing()
    {
        var several = Several("north");
        several.Open();
        var cleared = several.Clear();
        Assert.Equal([], cleared.Values);
        Assert.False(several.IsOpen);
        Assert.Equal(SelectFocus.None, several.TakeFocus());

        var single = Single("north");
        var none = single.Clear();
        Assert.Null(none.Value);
        Assert.Null(none.Values);
    }

    [Fact]
    public void FewerOptions_KeepTheActiveOptionInsideTheList()
    {
        var state = Single();
        state.Open();
        state.Key("End");

        state.Set(["north"], multiple: false, null, [], null);

        Assert.Equal(0, state.Active);
        Assert.Equal("north", state.Key("Enter")?.Value);
    }

    [Fact]
    public void Ids_AreMadeOnce_AndClassListsAreOneStringPerApp()
    {
        var ids = SelectIds.New();

        Assert.Matches("^select-[0-9a-f]{8}$", ids.Button);
        Assert.Equal(ids.Button + "-label " + ids.Button, ids.LabelledBy);
        Assert.Equal(ids.Button + "-3", ids.Option(3));
        Assert.NotEqual(ids.Button, SelectIds.New().Button);
        Assert.Same(SelectIds.RootClass("filter region"), SelectIds.RootClass(string.Concat("filter ", "region")));
        Assert.Equal("mud-select light-select filter region", SelectIds.RootClass("filter region"));
        Assert.Contains("mud-selected-item", SelectIds.OptionClass(chosen: true, active: false));
        Assert.Contains("light-select-active", SelectIds.OptionClass(chosen: false, active: true));
        Assert.DoesNotContain("mud-selected-item", SelectIds.OptionClass(chosen: false, active: true));
    }
}
