namespace CasualtyDashboard.E2E.Tests.Ingestion;

/// <summary>One app without demo data and with jobs on, and one browser, for the Import and Jobs page tests.</summary>
public sealed class IngestionAppFixture : IAsyncLifetime
{
    private readonly BrowserFixture _browser = new();

    public AppProcess App { get; private set; } = default!;
    public Microsoft.Playwright.IBrowser Browser => _browser.Browser;
    public AppDatabase Database => new(App.DatabasePath);

    public async Task InitializeAsync()
    {
        App = await AppProcess.StartAsync(new Dictionary<string, string> { ["Demo:Enabled"] = "false", ["Jobs:Enabled"] = "true" });
        await _browser.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        await App.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(App.DataFolder, recursive: true); } catch (IOException) { }
    }
}
