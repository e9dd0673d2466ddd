namespace CasualtyDashboard.E2E.Tests;

/// <summary>One app with the demo data and one browser, shared by the tests of a collection.</summary>
public sealed class DemoAppFixture : IAsyncLifetime
{
    private readonly BrowserFixture _browser = new();

    public AppProcess App { get; private set; } = default!;
    public Microsoft.Playwright.IBrowser Browser => _browser.Browser;

    public async Task InitializeAsync()
    {
        App = await AppProcess.StartAsync();
        await _browser.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        await App.DisposeAsync();
        try { Directory.Delete(App.DataFolder, recursive: true); } catch (IOException) { }
    }
}

[CollectionDefinition(Name)]
public sealed class DemoAppCollection : ICollectionFixture<DemoAppFixture>
{
    public const string Name = "demo app";
}
