using System.Net.Http.Headers;
using CasualtyDashboard.Data;
using CasualtyDashboard.Data.Entities;
using CasualtyDashboard.Jobs.Extraction;
using CasualtyDashboard.Jobs.Ingestion;
using CasualtyDashboard.Jobs.Reconciliation;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CasualtyDashboard.Web.Tests.Reconciliation;

/// <summary>
/// The real app (scheduling off, so imports and decisions reconcile inline) with the seed articles of ../shared ingested and
/// extracted by the real extractor, and the Gaza reference series posted through <c>POST /api/reference</c>.
/// </summary>
public sealed class ReconciledApp : IAsyncDisposable
{
    public const string Analyst = TestKeys.AllActor;
    public const string WomenKilled = "gaza||killed|women|cumulative|2023-10-07";

    private readonly DashboardAppFactory _root = new();

    private ReconciledApp() =>
        Factory = _root.WithWebHostBuilder(_ => { });

    public WebApplicationFactory<Program> Factory { get; }
    public HttpClient Client { get; private set; } = default!;

    public static async Task<ReconciledApp> StartAsync()
    {
        var app = new ReconciledApp();
        app.Client = app.Factory.CreateClient();
        var parsed = ArticleJsonReader.Read(await File.ReadAllTextAsync(Shared("corpus", "seed-articles.jsonl")));
        await app.Factory.Services.GetRequiredService<ArticleIngestor>().IngestAsync(parsed.Articles, "test", CancellationToken.None);
        await app.ExtractPendingAsync();
        using var body = new ByteArrayContent(await File.ReadAllBytesAsync(Shared("reference", "tfp", "casualties_daily.json")));
        body.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var response = await app.Client.PostAsync("/api/reference?dataset=gaza&name=casualties_daily.json", body);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return app;
    }

    public async Task ExtractPendingAsync()
    {
        using var scope = Factory.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<ArticleExtractionService>().ProcessPendingAsync(null, CancellationToken.None);
    }

    /// <summary>Sets every article back to pending and extracts them again: every figure gets a new id.</summary>
    public async Task ReExtractAsync()
    {
        // Re-extraction keeps the ids of figures it finds again; drop them first so decisions must survive new ids.
        await using (var db = await Factory.Services.GetRequiredService<IDbContextFactory<DashboardDbContext>>().CreateDbContextAsync())
        {
            await db.Figures.ExecuteDeleteAsync();
            await db.Articles.ExecuteUpdateAsync(s => s.SetProperty(a => a.State, ArticleState.Pending));
        }
        await ExtractPendingAsync();
    }

    public Task ReconcileAsync() => Factory.Services.GetRequiredService<ReconciliationService>().RunAsync(null, CancellationToken.None);

    public async Task<long> FigureIdAsync(long value)
    {
        await using var db = await Factory.Services.GetRequiredService<IDbContextFactory<DashboardDbContext>>().CreateDbContextAsync();
        return await db.Figures.Where(f => f.Value == value).Select(f => f.Id).SingleAsync();
    }

    public static string Path(string key, string action = "") => $"/api/conflicts/{Uri.EscapeDataString(key)}{action}";

    internal static string Shared(params string[] parts)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "CasualtyDashboard.sln")))
                return System.IO.Path.Combine([dir.FullName, "..", "shared", .. parts]);
        }

        throw new DirectoryNotFoundException($"No CasualtyDashboard.sln above {AppContext.BaseDirectory}.");
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
        await _root.DisposeAsync();
    }
}

/// <summary>One reconciled seed app for a test class whose tests only read from it.</summary>
public sealed class ReconciledAppFixture : IAsyncLifetime
{
    public ReconciledApp App { get; private set; } = default!;

    public async Task InitializeAsync() => App = await ReconciledApp.StartAsync();

    public async Task DisposeAsync() => await App.DisposeAsync();
}
