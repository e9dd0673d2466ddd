namespace CasualtyDashboard.E2E.Tests;

/// <summary>
/// One prepared database, the app started on it (jobs and demo off) and one browser, shared by the tests of a class
/// (a class fixture) instead of made for each test: for tests that only read, or whose writes the others do not see
/// (decision 087). A subclass says which database.
/// </summary>
public abstract class ReconciledAppFixture : IAsyncLifetime
{
    private readonly BrowserFixture _browser = new();

    public ReconciledDatabase? Database { get; private set; }
    public AppProcess App { get; private set; } = default!;
    public Microsoft.Playwright.IBrowser Browser => _browser.Browser;

    protected abstract Task<ReconciledDatabase> CreateDatabaseAsync();

    public async Task InitializeAsync()
    {
        var database = await CreateDatabaseAsync();
        Database = database;
        App = await StartAsync(database);
        await _browser.InitializeAsync();
    }

    /// <summary>The app on <paramref name="database"/> as the fixture starts it (for a test that needs one of its own).</summary>
    public static Task<AppProcess> StartAsync(ReconciledDatabase database) =>
        AppProcess.StartAsync(new Dictionary<string, string> { ["Jobs:Enabled"] = "false", ["Demo:Enabled"] = "false" }, database.Folder);

    /// <summary>Stops what <see cref="InitializeAsync"/> started, as far as it got (xunit disposes a fixture whose start failed).</summary>
    public async Task DisposeAsync()
    {
        if (_browser.Started) await _browser.DisposeAsync();
        if (App is not null) await App.DisposeAsync();
        if (Database is not null)
        {
            try { Directory.Delete(Database.Folder, recursive: true); } catch (IOException) { }
        }
    }
}
