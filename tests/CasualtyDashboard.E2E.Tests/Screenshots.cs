using Microsoft.Playwright;

namespace CasualtyDashboard.E2E.Tests;

/// <summary>Saves full-page screenshots when SCREENSHOT_DIR is set, so people can look at pages as users see them.</summary>
public static class Screenshots
{
    public static async Task SaveAsync(IPage page, string name)
    {
        var folder = Environment.GetEnvironmentVariable("SCREENSHOT_DIR");
        if (string.IsNullOrEmpty(folder)) return;
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true });
    }
}
