using Microsoft.Playwright;

namespace CasualtyDashboard.E2E.Tests.Pages;

/// <summary>The Import page as a test sees it.</summary>
public sealed class ImportPage(IPage page)
{
    public ILocator Summary => page.GetByTestId("import-summary");
    public ILocator Report => page.GetByTestId("import-report");

    public async Task OpenAsync(Uri baseAddress)
    {
        await page.GotoAsync(new Uri(baseAddress, "import").ToString());
        await page.Locator("[data-testid=import-form][data-interactive=true]").WaitForAsync(new() { Timeout = 60_000 });
    }

    public async Task UploadAsync(string path)
    {
        await page.GetByTestId("import-file").SetInputFilesAsync(path);
        await Assertions.Expect(page.GetByTestId("import-file-name")).ToContainTextAsync(Path.GetFileName(path));
        await page.GetByTestId("import-start").ClickAsync();
    }

    public Task ShowAsync(string filter) => page.GetByTestId("report-filter").GetByText(filter).ClickAsync();
}
