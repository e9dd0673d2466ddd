using Microsoft.Playwright;

namespace CasualtyDashboard.E2E.Tests.Pages;

/// <summary>The Dashboard as a test sees it.</summary>
public sealed class DashboardPage(IPage page)
{
    public ILocator Chart => page.GetByTestId("trend-chart");
    public ILocator ChartTitle => Chart.Locator(".gtitle");
    public ILocator Traces => Chart.Locator(".scatterlayer .trace");
    public ILocator PointDetail => page.GetByTestId("point-detail");

    public async Task OpenAsync(Uri baseAddress)
    {
        await page.GotoAsync(baseAddress.ToString());
        // Blazor marks the circuit live by loading its interactive script and connecting; wait for the drawn chart.
        await Chart.Locator(".main-svg").First.WaitForAsync(new() { Timeout = 60_000 });
    }

    /// <summary>Clicks where the first drawn marker is, as a user would (plotly listens on the plot area, not on the marker).</summary>
    public async Task ClickFirstPointAsync()
    {
        var box = await Chart.Locator(".scatterlayer .point").First.BoundingBoxAsync() ?? throw new InvalidOperationException("No point is drawn.");
        for (var attempt = 0; attempt < 10 && !await PointDetail.IsVisibleAsync(); attempt++)
        {
            await page.Mouse.ClickAsync(box.X + (box.Width / 2), box.Y + (box.Height / 2));
            await page.WaitForTimeoutAsync(500);
        }
    }

    public Task ChooseCategoryAsync(string label) =>
        page.GetByTestId("category").GetByText(label, new() { Exact = true }).ClickAsync();
}
