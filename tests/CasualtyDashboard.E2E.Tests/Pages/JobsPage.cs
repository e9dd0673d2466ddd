using Microsoft.Playwright;

namespace CasualtyDashboard.E2E.Tests.Pages;

/// <summary>The Jobs page as a test sees it.</summary>
public sealed class JobsPage(IPage page)
{
    public ILocator FailedArticles => page.GetByTestId("failed-articles");
    public ILocator FailedGrid => page.GetByTestId("failed-grid");
    public ILocator Message => page.GetByTestId("jobs-message");
    public ILocator Runs => page.GetByTestId("runs-grid");

    public async Task OpenAsync(Uri baseAddress)
    {
        await page.GotoAsync(new Uri(baseAddress, "jobs").ToString());
        await page.Locator("[data-testid=jobs-title][data-interactive=true]").WaitForAsync(new() { Timeout = 60_000 });
    }

    public Task RetryFailedAsync() => page.GetByTestId("retry-failed").ClickAsync();

    public Task FilterAsync(string state) => page.GetByTestId("state-filter").GetByText(state, new() { Exact = true }).ClickAsync();
}
