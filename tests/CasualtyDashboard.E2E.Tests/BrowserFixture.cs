using Microsoft.Playwright;

namespace CasualtyDashboard.E2E.Tests;

/// <summary>Debian's Chromium driven by Playwright (no browser download): path from CHROMIUM_PATH, default /usr/bin/chromium.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = default!;

    /// <summary>Whether the browser was launched (a fixture whose start failed earlier has nothing to close).</summary>
    public bool Started => Browser is not null;

    public async Task InitializeAsync()
    {
        // Playwright's 5 s default is what a lone machine needs; with the build and other test projects beside it a
        // page can take longer to answer, and a test must fail on wrong behaviour, not on a busy machine.
        Assertions.SetDefaultExpectTimeout(15_000);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright?.Dispose();
    }
}
