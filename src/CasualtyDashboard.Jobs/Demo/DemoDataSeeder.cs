using CasualtyDashboard.Data;
using CasualtyDashboard.Data.Providers;
using CasualtyDashboard.Jobs.Ingestion;
using CasualtyDashboard.Jobs.Options;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CasualtyDashboard.Jobs.Demo;

/// <summary>
/// At the first start (no article in the database) loads the demo articles written for this project, through the
/// same ingestion path as every other channel, so a newcomer sees charts at once. <c>Demo:Enabled=false</c> turns it off.
/// </summary>
internal sealed class DemoDataSeeder(
    IDbContextFactory<DashboardDbContext> factory,
    ArticleIngestor ingestor,
    IOptions<DemoOptions> options,
    ILogger<DemoDataSeeder> logger) : IHostedService
{
    internal const string ResourceName = "CasualtyDashboard.Jobs.Demo.demo-articles.jsonl";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled) return;
        await using (var db = await factory.CreateDbContextAsync(cancellationToken))
        {
            if (await db.Articles.AnyAsync(cancellationToken)) return;
        }
        var parsed = ArticleJsonReader.Read(ReadResource());
        IReadOnlyList<IngestItemResult> results;
        try
        {
            results = await ingestor.IngestAsync(parsed.Articles, "demo", cancellationToken);
        }
        catch (DbUpdateException ex) when (IsUniqueViolation(ex))
        {
            // Another instance, started at the same moment on the same database, stored them first.
            logger.LogInformation("The demo articles were loaded by another instance meanwhile");
            return;
        }
        logger.LogInformation("Loaded {Count} demo articles (Demo:Enabled=false turns this off)", results.Count(r => r.Status == IngestStatus.Stored));
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private bool IsUniqueViolation(DbUpdateException ex)
    {
        using var db = factory.CreateDbContext();
        return ProviderAdapters.For(db).IsUniqueViolation(ex);
    }

    internal static string ReadResource()
    {
        using var stream = typeof(DemoDataSeeder).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The demo data resource {ResourceName} is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
