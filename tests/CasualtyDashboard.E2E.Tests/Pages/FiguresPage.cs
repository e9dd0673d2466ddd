using Microsoft.Playwright;

namespace CasualtyDashboard.E2E.Tests.Pages;

/// <summary>The Figures grid as a test sees it.</summary>
public sealed class FiguresPage(IPage page)
{
    public ILocator Area => page.GetByTestId("figures-area");
    // MudDataGrid gives rows no attributes of their own: a row is the one holding its figure's id cell.
    public ILocator Rows => page.Locator("[data-testid=figures-grid] tbody tr:has([data-figure-id])");
    public ILocator Row(string figureId) => page.Locator($"[data-testid=figures-grid] tbody tr:has([data-figure-id='{figureId}'])");
    public ILocator State(string figureId) => Row(figureId).GetByTestId("review-state");
    public ILocator Detail => page.GetByTestId("figure-detail");
    public ILocator RejectReason => page.GetByTestId("reject-reason");
    public ILocator RejectSubmit => page.GetByTestId("reject-submit");

    /// <summary>Opens the page and waits for rows, reloading while the demo articles are still being extracted.</summary>
    public async Task OpenAsync(Uri baseAddress)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            await page.GotoAsync(new Uri(baseAddress, "figures").ToString());
            try
            {
                await Rows.First.WaitForAsync(new() { Timeout = 10_000 });
                break;
            }
            catch (TimeoutException) when (DateTime.UtcNow < deadline) { }
        }
        // Clicks do something only once the circuit is live; the page marks that after its first interactive render.
        await page.Locator("[data-testid=figures-area][data-interactive=true]").WaitForAsync(new() { Timeout = 30_000 });
    }

    public async Task<string> FigureIdAsync(int index) => (await Rows.Nth(index).Locator("[data-figure-id]").GetAttributeAsync("data-figure-id"))!;
}
