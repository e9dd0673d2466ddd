using Microsoft.Playwright;

namespace CasualtyDashboard.E2E.Tests.Pages;

/// <summary>The Export page as a test sees it.</summary>
public sealed class ExportPage(IPage page)
{
    public ILocator Download(string format) => page.GetByTestId($"export-{format}");
    public ILocator Count => page.GetByTestId("export-count");

    public async Task OpenAsync(Uri baseAddress)
    {
        await page.GotoAsync(new Uri(baseAddress, "export").ToString());
        await Download("csv").WaitForAsync();
    }

    /// <summary>Clicks a download button and returns the file's bytes.</summary>
    public async Task<byte[]> DownloadAsync(string format)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => Download(format).ClickAsync(), new() { Timeout = 60_000 });
        var path = await download.PathAsync();
        return await File.ReadAllBytesAsync(path);
    }
}
