using Microsoft.Playwright;

namespace CasualtyDashboard.E2E.Tests.Pages;

/// <summary>The Conflicts page as a test sees it.</summary>
public sealed class ConflictsPage(IPage page)
{
    // MudDataGrid gives rows no attributes of their own: a row is the one holding its conflict's key.
    public ILocator Rows => page.Locator("[data-testid=conflicts-grid] tbody tr:has([data-key])");
    public ILocator Detail => page.GetByTestId("conflict-detail");
    public ILocator DetailState => page.GetByTestId("detail-state");
    public ILocator Decision => page.GetByTestId("decision");
    public ILocator ReconciledValue => page.GetByTestId("reconciled-value");
    public ILocator Error => page.GetByTestId("decision-error");
    public ILocator History => page.GetByTestId("history-grid");
    public ILocator Evidence => Detail.Locator(".evidence");

    public async Task OpenAsync(Uri baseAddress)
    {
        await page.GotoAsync(new Uri(baseAddress, "conflicts").ToString());
        await Rows.First.WaitForAsync(new() { Timeout = 60_000 });
    }

    /// <summary>Opens a conflict; retried until the detail shows, since the first click may land before the circuit is live.</summary>
    public async Task SelectFirstAsync()
    {
        for (var attempt = 0; attempt < 20 && !await Detail.IsVisibleAsync(); attempt++)
        {
            await Rows.First.ClickAsync();
            await page.WaitForTimeoutAsync(500);
        }
    }

    public Task ChooseClaimAsync(string label) => Detail.GetByLabel(label).CheckAsync();

    public Task WriteNoteAsync(string note) => page.GetByTestId("note").FillAsync(note);

    public Task ResolveAsync() => page.GetByTestId("resolve").ClickAsync();
}
