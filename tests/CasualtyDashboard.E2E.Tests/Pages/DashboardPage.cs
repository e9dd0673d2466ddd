using Microsoft.Playwright;

namespace CasualtyDashboard.E2E.Tests.Pages;

/// <summary>The Dashboard as a test sees it.</summary>
public sealed class DashboardPage(IPage page)
{
    public ILocator Chart => page.GetByTestId("trend-chart");
    public ILocator ChartTitle => Chart.Locator(".gtitle");
    public ILocator Traces => Chart.Locator(".scatterlayer .trace");

    public async Task OpenAsync(Uri baseAddress)
    {
        await page.GotoAsync(baseAddress.ToString());
        // Blazor marks the circuit live by loading its interactive script and connecting; wait for the drawn chart.
        await Chart.Locator(".main-svg").First.WaitForAsync(new() { Timeout = 60_000 });
    }

    public Task ChooseCategoryAsync(string label) =>
        page.GetByTestId("category").GetByText(label, new() { Exact = true }).ClickAsync();
}
