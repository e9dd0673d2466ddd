using System.Collections;
using System.Globalization;
using System.Resources;
using Bunit;
using CasualtyDashboard.Web.Components.Layout;
using CasualtyDashboard.Web.Resources;
using MudBlazor;

namespace CasualtyDashboard.Web.Components.Tests;

/// <summary>MudBlazor's own strings in Arabic, through our MudLocalizer and Resources/MudResource.ar.resx.</summary>
public sealed class MudStringsArabicTests() : ComponentTest("ar")
{
    private static Dictionary<string, string> Table(ResourceManager resources, CultureInfo culture) =>
        resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false)!
            .Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!);

    [Fact]
    public void EveryMudBlazorString_HasAnArabicValue()
    {
        var mud = Table(new ResourceManager("MudBlazor.Resources.LanguageResource", typeof(MudLocalizer).Assembly), CultureInfo.InvariantCulture);
        var arabic = Table(new ResourceManager(typeof(MudResource)), CultureInfo.GetCultureInfo("ar"));

        Assert.True(mud.Count >= 150, $"MudBlazor names {mud.Count} strings");
        var missing = mud.Keys.Where(k => !arabic.ContainsKey(k) || string.IsNullOrWhiteSpace(arabic[k])).ToList();
        Assert.True(missing.Count == 0, "No Arabic for: " + string.Join(", ", missing));
        // Words are in Arabic letters (signs such as >= need no translation); placeholders are kept.
        var notArabic = mud.Keys.Where(k => mud[k].Any(char.IsLetter) && !arabic[k].Any(c => c is >= '\u0600' and <= '\u06FF')).ToList();
        Assert.True(notArabic.Count == 0, "Not in Arabic: " + string.Join(", ", notArabic));
        var placeholders = mud.Keys.Where(k => Enumerable.Range(0, 4).Any(i => mud[k].Contains($"{{{i}}}", StringComparison.Ordinal) != arabic[k].Contains($"{{{i}}}", StringComparison.Ordinal))).ToList();
        Assert.True(placeholders.Count == 0, "Placeholders differ: " + string.Join(", ", placeholders));
    }

    [Fact]
    public void MudComponent_InArabic_SpeaksArabic()
    {
        var alert = Render<MudAlert>(p => p.Add(a => a.ShowCloseIcon, true).Add(a => a.ChildContent, "x"));

        Assert.Equal("إغلاق", alert.Find("button").GetAttribute("aria-label"));
    }

    [Fact]
    public void LanguageSwitch_InArabic_OffersEnglish_AndMarksArabicAsCurrent()
    {
        var languages = Render<LanguageSwitch>();

        Assert.Equal("true", languages.Find("[data-testid=lang-ar]").GetAttribute("aria-pressed"));
        Assert.NotNull(languages.Find("[data-testid=lang-ar]").GetAttribute("disabled"));
        Assert.Null(languages.Find("[data-testid=lang-en]").GetAttribute("disabled"));
        Assert.Equal("en", languages.Find("[data-testid=lang-en]").GetAttribute("value"));
    }
}

/// <summary>In English MudBlazor keeps its own strings.</summary>
public sealed class MudStringsEnglishTests : ComponentTest
{
    [Fact]
    public void MudComponent_InEnglish_KeepsMudBlazorsEnglish()
    {
        var alert = Render<MudAlert>(p => p.Add(a => a.ShowCloseIcon, true).Add(a => a.ChildContent, "x"));

        Assert.Equal("Close", alert.Find("button").GetAttribute("aria-label"));
    }
}
