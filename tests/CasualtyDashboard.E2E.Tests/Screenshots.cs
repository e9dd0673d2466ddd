using Microsoft.Playwright;

namespace CasualtyDashboard.E2E.Tests;

/// <summary>Saves full-page screenshots when SCREENSHOT_DIR is set, so people can look at pages as users see them.</summary>
public static class Screenshots
{
    // The layout may scroll inside its body, not the document (MudBlazor's .mud-main-content): a
    // full-page shot alone would stop at the window's height.
    private const string ContentHeight =
        "() => Math.max(document.documentElement.scrollHeight, ...[...document.querySelectorAll('.mud-main-content')]" +
        ".map(b => b.getBoundingClientRect().top + b.scrollHeight))";

    public static async Task SaveAsync(IPage page, string name)
    {
        var folder = Environment.GetEnvironmentVariable("SCREENSHOT_DIR");
        if (string.IsNullOrEmpty(folder)) return;
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name + ".png");
        // After a navigation (the language switch reloads the page) the DOM can answer before the styles apply.
        await page.WaitForLoadStateAsync(LoadState.Load);
        var size = page.ViewportSize;
        var height = (int)Math.Ceiling(await page.EvaluateAsync<double>(ContentHeight));
        if (size is null || height <= size.Height)
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
            return;
        }

        // Taller window for the shot, then back, so the test goes on as it was.
        await page.SetViewportSizeAsync(size.Width, Math.Min(height, 10_000));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        await page.SetViewportSizeAsync(size.Width, size.Height);
    }
}
