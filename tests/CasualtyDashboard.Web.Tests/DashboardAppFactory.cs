using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CasualtyDashboard.Web.Tests;

/// <summary>The real app in-process on a temporary SQLite file, with scheduling and demo data off unless asked.</summary>
public sealed class DashboardAppFactory(bool demo = false) : WebApplicationFactory<Program>
{
    private readonly string _folder = Directory.CreateTempSubdirectory("cd-web-").FullName;

    public string DatabasePath => Path.Combine(_folder, "casualty.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:Dashboard", $"Data Source={DatabasePath}");
        builder.UseSetting("Jobs:Enabled", "false");
        builder.UseSetting("Demo:Enabled", demo ? "true" : "false");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
