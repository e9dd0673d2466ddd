using Microsoft.Playwright;

namespace CasualtyDashboard.E2E.Tests.Pages;

/// <summary>The Export page as a test sees it.</summary>
public sealed class ExportPage(IPage page)
{
    public ILocator Download(string format) => page.GetByTestId($"export-{format}");
    public ILocator Count => page.GetByTestId("export-count");
    public ILocator ReconciledDownload(string format) => page.GetByTestId($"export-reconciled-{format}");
    public ILocator ReconciledCount => page.GetByTestId("export-reconciled-count");

    public async Task OpenAsync(Uri baseAddress)
    {
        await page.GotoAsync(new Uri(baseAddress, "export").ToString());
        await Download("csv").WaitForAsync();
    }

    /// <summary>Clicks a download button and returns the file's bytes.</summary>
    public Task<byte[]> DownloadAsync(string format) => DownloadAsync(Download(format));

    /// <summary>Clicks a download button of the reconciled dataset and returns the file's bytes.</summary>
    public Task<byte[]> DownloadReconciledAsync(string format) => DownloadAsync(ReconciledDownload(format));

    private async Task<byte[]> DownloadAsync(ILocator button)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => button.ClickAsync(), new() { Timeout = 60_000 });
        var path = await download.PathAsync();
        return await File.ReadAllBytesAsync(path);
    }
}
