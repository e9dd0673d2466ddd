using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CasualtyDashboard.Web.Tests;

/// <summary>
/// The real app in-process on a temporary SQLite file, with scheduling and demo data off unless asked. Accounts are on
/// as in production: the first Admin comes from the first-start settings, and the test API keys of
/// <see cref="TestKeys"/> are stored at start; every client it creates sends the all-scopes key unless a test removes it
/// (<see cref="AnonymousClient"/>).
/// </summary>
public sealed class DashboardAppFactory(bool demo = false) : WebApplicationFactory<Program>
{
    public const string AdminEmail = "admin@tests.example";
    public const string AdminPassword = "admin-password-for-tests";

    private readonly string _folder = Directory.CreateTempSubdirectory("cd-web-").FullName;

    public string DatabasePath => Path.Combine(_folder, "casualty.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:Dashboard", $"Data Source={DatabasePath}");
        builder.UseSetting("Jobs:Enabled", "false");
        builder.UseSetting("Demo:Enabled", demo ? "true" : "false");
        builder.UseSetting("Accounts:InitialAdmin:Email", AdminEmail);
        builder.UseSetting("Accounts:InitialAdmin:Password", AdminPassword);
        builder.ConfigureServices(services => services.AddHostedService<TestKeys.Seeder>());
    }

    protected override void ConfigureClient(HttpClient client)
    {
        base.ConfigureClient(client);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestKeys.All);
    }

    /// <summary>A client with no credentials (no key, no cookie), redirects not followed.</summary>
    public HttpClient AnonymousClient()
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = null;
        return client;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
