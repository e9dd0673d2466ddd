using Microsoft.Playwright;

namespace CasualtyDashboard.E2E.Tests.Pages;

/// <summary>The Feeds page as a test sees it.</summary>
public sealed class FeedsPage(IPage page)
{
    public ILocator Message => page.GetByTestId("feed-message");
    public ILocator Grid => page.GetByTestId("feeds-grid");
    public ILocator ItemsGrid => page.GetByTestId("feed-items-grid");

    public ILocator Row(string url) => Grid.Locator("tr", new() { HasText = url });

    public async Task OpenAsync(Uri baseAddress)
    {
        await page.GotoAsync(new Uri(baseAddress, "feeds").ToString());
        await page.Locator("[data-testid=feeds-title][data-interactive=true]").WaitForAsync(new() { Timeout = 60_000 });
    }

    public async Task AddAsync(string url, string outlet)
    {
        await page.GetByTestId("feed-url").FillAsync(url);
        await page.GetByTestId("feed-url").PressAsync("Tab");
        await page.GetByTestId("feed-outlet").FillAsync(outlet);
        await page.GetByTestId("feed-outlet").PressAsync("Tab");
        await page.GetByTestId("feed-add").ClickAsync();
    }

    public Task PollNowAsync(string url) => Row(url).GetByTestId("feed-poll").ClickAsync();

    public Task ShowItemsAsync(string url) => Row(url).GetByTestId("feed-items").ClickAsync();
}
