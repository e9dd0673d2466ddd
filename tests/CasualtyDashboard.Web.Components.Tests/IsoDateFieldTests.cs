using System.Globalization;
using Bunit;
using CasualtyDashboard.Web.Components.Inputs;
using CasualtyDashboard.Web.Services;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using MudBlazor;

namespace CasualtyDashboard.Web.Components.Tests;

/// <summary>
/// The date input of every filter: a day typed or picked as yyyy-MM-dd, and a calendar (MudDatePicker) that exists
/// only while it is open, so a circuit keeps one component per closed field (decision 063).
/// </summary>
public sealed class IsoDateFieldTests : ComponentTest
{
    private readonly List<DateOnly?> _changed = [];

    private IRenderedComponent<IsoDateField> RenderField(DateOnly? value) =>
        Render<IsoDateField>(p => p
            .Add(f => f.Value, value)
            .Add(f => f.Label, "From")
            .Add(f => f.ValueChanged, EventCallback.Factory.Create<DateOnly?>(this, d => _changed.Add(d))));

    private static IReadOnlyList<AngleSharp.Dom.IElement> Days(IRenderedComponent<IsoDateField> field) =>
        field.FindAll(".mud-picker-calendar-day:not(.mud-hidden)");

    [Fact]
    public void Closed_IsOneComponent_WithNoCalendar_AndShowsTheDayAsIso()
    {
        var field = RenderField(new DateOnly(2024, 3, 5));

        Assert.Empty(field.FindComponents<MudDatePicker>());
        Assert.Empty(field.FindAll("[data-testid=date-calendar]"));
        Assert.Equal("2024-03-05", field.Find("input").GetAttribute("value"));
        Assert.Equal("yyyy-MM-dd", field.Find("input").GetAttribute("placeholder"));
        Assert.Equal("From", field.Find("label").TextContent);
    }

    [Fact]
    public void Typed_AnIsoDay_IsTheValue_AndTextThatIsNoDay_IsMarkedAndChangesNothing()
    {
        var field = RenderField(null);

        field.Find("input").Change("2023-10-07");
        Assert.Equal([new DateOnly(2023, 10, 7)], _changed);

        field.Find("input").Change("07/10/2023");
        Assert.Single(_changed);
        Assert.Equal("true", field.Find("input").GetAttribute("aria-invalid"));
        Assert.Equal("07/10/2023", field.Find("input").GetAttribute("value"));
        Assert.Contains("mud-input-error", field.Find(".mud-input").ClassList);

        // Emptied: no day (the filter is lifted).
        field.Find("input").Change("");
        Assert.Equal([new DateOnly(2023, 10, 7), null], _changed);
        Assert.Equal("false", field.Find("input").GetAttribute("aria-invalid"));
    }

    [Fact]
    public void Opened_ShowsTheValuesMonth_ADayPicked_IsTheValue_AndTheCalendarGoesAgain()
    {
        var field = RenderField(new DateOnly(2024, 5, 1));

        field.Find("[data-testid=date-open]").Click();
        Assert.Single(field.FindComponents<MudDatePicker>());
        Assert.Equal("true", field.Find("[data-testid=date-open]").GetAttribute("aria-expanded"));
        Assert.Contains("May 2024", field.Find(".mud-picker-calendar-header").TextContent);

        Days(field).Single(d => d.TextContent.Trim() == "15").Click();

        Assert.Equal([new DateOnly(2024, 5, 15)], _changed);
        Assert.Empty(field.FindComponents<MudDatePicker>());
        Assert.Equal("2024-05-15", field.Find("input").GetAttribute("value"));
    }

    [Fact]
    public void Opened_EscapeOrAClickBeside_ClosesIt_WithoutAChange()
    {
        var field = RenderField(new DateOnly(2024, 5, 1));

        field.Find("[data-testid=date-open]").Click();
        field.Find(".iso-date").KeyDown(new KeyboardEventArgs { Key = "Escape" });
        Assert.Empty(field.FindComponents<MudDatePicker>());

        field.Find("[data-testid=date-open]").Click();
        field.Find(".iso-date-backdrop").Click();
        Assert.Empty(field.FindComponents<MudDatePicker>());
        Assert.Empty(_changed);
    }

    [Fact]
    public void Clear_LiftsTheDay()
    {
        var field = RenderField(new DateOnly(2024, 5, 1));

        field.Find("[data-testid=date-clear]").Click();

        Assert.Equal([null], _changed);
        Assert.Equal("", field.Find("input").GetAttribute("value"));
    }

    [Theory]
    [InlineData("2024-5-1", "2024-05-01")]
    [InlineData(" 2024-05-01 ", "2024-05-01")]
    [InlineData("٢٠٢٤-٠٥-٠١", "2024-05-01")]
    [InlineData("۲۰۲۴-۰۵-۰۱", "2024-05-01")]
    [InlineData("", null)]
    public void TryRead_ReadsIsoDaysInWesternOrArabicDigits(string typed, string? day)
    {
        Assert.True(IsoDateInput.TryRead(typed, out var read));
        Assert.Equal(day, read?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("05/01/2024")]
    [InlineData("2024-02-30")]
    [InlineData("yesterday")]
    public void TryRead_RefusesWhatIsNoIsoDay(string typed) => Assert.False(IsoDateInput.TryRead(typed, out _));

    [Fact]
    public void CalendarCulture_NarrowsOnlyDayNamesThatAreWholeWords_AndStaysGregorian()
    {
        var english = IsoDateInput.CalendarCulture(CultureInfo.GetCultureInfo("en-GB"));
        var arabic = IsoDateInput.CalendarCulture(CultureInfo.GetCultureInfo("ar"));

        Assert.Equal(CultureInfo.GetCultureInfo("en-GB").DateTimeFormat.AbbreviatedDayNames, english.DateTimeFormat.AbbreviatedDayNames);
        Assert.Equal(CultureInfo.GetCultureInfo("ar").DateTimeFormat.ShortestDayNames, arabic.DateTimeFormat.AbbreviatedDayNames);
        Assert.All(arabic.DateTimeFormat.AbbreviatedDayNames, name => Assert.False(name.StartsWith("ال", StringComparison.Ordinal), name));
        Assert.IsType<GregorianCalendar>(arabic.DateTimeFormat.Calendar);
        Assert.True(arabic.IsReadOnly);
        Assert.Same(arabic, IsoDateInput.CalendarCulture(CultureInfo.GetCultureInfo("ar")));
    }
}

/// <summary>The date input in Arabic: the same yyyy-MM-dd with Western digits, and a Gregorian calendar with Arabic labels.</summary>
public sealed class IsoDateFieldArabicTests() : ComponentTest("ar")
{
    [Fact]
    public void InArabic_TheDayIsIso_TheCalendarIsGregorian_AndItsButtonsSpeakArabic()
    {
        DateOnly? changed = null;
        var field = Render<IsoDateField>(p => p
            .Add(f => f.Value, new DateOnly(2024, 5, 1))
            .Add(f => f.ValueChanged, EventCallback.Factory.Create<DateOnly?>(this, d => changed = d)));

        Assert.Equal("2024-05-01", field.Find("input").GetAttribute("value"));
        Assert.Equal("فتح", field.Find("[data-testid=date-open]").GetAttribute("aria-label"));
        Assert.Equal("مسح", field.Find("[data-testid=date-clear]").GetAttribute("aria-label"));

        field.Find("[data-testid=date-open]").Click();
        var header = field.Find(".mud-picker-calendar-header").TextContent;
        // May 2024 of the Gregorian calendar (Shawwal–Dhu al-Qadah 1445 in the Hijri one).
        Assert.Contains(CultureInfo.GetCultureInfo("ar").DateTimeFormat.GetMonthName(5), header);
        Assert.Contains("2024", header);
        Assert.DoesNotContain("1445", header);
        // The columns are headed by the narrow day names: the abbreviated Arabic ones are whole words that ran together.
        var calendar = field.Find("[data-testid=date-calendar]").TextContent;
        Assert.DoesNotContain("الخميس", calendar);
        Assert.Contains(CultureInfo.GetCultureInfo("ar").DateTimeFormat.ShortestDayNames[(int)DayOfWeek.Thursday], calendar);

        field.FindAll(".mud-picker-calendar-day:not(.mud-hidden)").Single(d => d.TextContent.Trim() == "20").Click();
        Assert.Equal(new DateOnly(2024, 5, 20), changed);
        Assert.Equal("2024-05-20", field.Find("input").GetAttribute("value"));
    }
}
