using Bunit;
using CasualtyDashboard.Data.Queries;
using CasualtyDashboard.Extraction.Model;
using CasualtyDashboard.Web.Components.Figures;
using CasualtyDashboard.Web.Services.Figures;
using MudBlazor;

namespace CasualtyDashboard.Web.Pages.Tests;

public sealed class DialogTests : ComponentTest
{
    [Fact]
    public async Task RejectDialog_WithoutAReason_SaysSoAndStaysOpen_ThenClosesWithTheReason()
    {
        using var _ = Strings.Language("en");
        var (provider, dialog) = await OpenAsync<RejectDialog>();

        provider.Find("[data-testid=reject-submit]").Click();
        provider.WaitForAssertion(() => Assert.Contains("reason", provider.Find("[data-testid=dialog-error]").TextContent, StringComparison.OrdinalIgnoreCase));
        Assert.False(dialog.Result.IsCompleted);

        provider.Find("textarea[data-testid=reject-reason]").Input("quoted to deny it ");
        provider.Find("[data-testid=reject-submit]").Click();
        var result = await dialog.Result.WaitAsync(TimeSpan.FromSeconds(5));

        Assert.False(result!.Canceled);
        Assert.Equal("quoted to deny it", result.Data);
    }

    [Fact]
    public async Task NoteDialog_SuggestedTagsAddOnce_AndTheInputCarriesTextAndTags()
    {
        using var _ = Strings.Language("en");
        var (provider, dialog) = await OpenAsync<NoteDialog>(new DialogParameters { [nameof(NoteDialog.Tags)] = new[] { "disputed" } });

        provider.Find("textarea[data-testid=note-text]").Input("Bulletin revised");
        foreach (var tag in new[] { "revision", "disputed", "revision" })
            provider.FindAll("[data-testid=note-suggested-tag]").Single(b => b.TextContent.Trim() == tag).Click();
        provider.Find("[data-testid=note-submit]").Click();
        var result = await dialog.Result.WaitAsync(TimeSpan.FromSeconds(5));

        var input = Assert.IsType<NoteInput>(result!.Data);
        Assert.Equal("Bulletin revised", input.Text);
        Assert.Equal(["disputed", "revision"], input.Tags);
    }

    [Fact]
    public async Task CorrectDialog_NothingChanged_SaysSo_ThenANewValueClosesWithTheCorrection()
    {
        using var _ = Strings.Language("en");
        var original = new FigureFields(120, FigureQualifier.Exact, FigureCategory.Killed, FigureSubgroup.Children, "gaza", null, "gaza_moh",
            new DateOnly(2024, 1, 2), FigureBasis.Cumulative, null);
        var (provider, dialog) = await OpenAsync<CorrectDialog>(new DialogParameters { [nameof(CorrectDialog.Original)] = original });

        provider.Find("[data-testid=correct-submit]").Click();
        provider.WaitForAssertion(() => Assert.NotEmpty(provider.Find("[data-testid=dialog-error]").TextContent));

        provider.Find("input[data-testid=correct-value]").Change("210");
        provider.Find("[data-testid=correct-submit]").Click();
        var result = await dialog.Result.WaitAsync(TimeSpan.FromSeconds(5));

        var correction = Assert.IsType<CorrectionInput>(result!.Data);
        Assert.Equal(original with { Value = 210 }, correction.Fields);
    }
}
