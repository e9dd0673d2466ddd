using System.Text.Json;
using CasualtyDashboard.Data;
using CasualtyDashboard.Data.Entities;
using CasualtyDashboard.Extraction.Model;
using CasualtyDashboard.Web.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CasualtyDashboard.Web.Tests.Reconciliation;

/// <summary>Decision 048: the series and points JSON is served from memory while the reconciliation version stays, and changes with it (dates after the reference series ends, so only the added figure makes the point).</summary>
public sealed class ReconciledJsonCacheTests
{
    [Fact]
    public async Task Points_SameVersion_AnsweredFromMemory_ANewRunWithANewFigure_ShowsItsPoint()
    {
        await using var app = await ReconciledApp.StartAsync();
        var cache = app.Factory.Services.GetRequiredService<ReconciledJsonCache>();
        var id = (await WomenAsync(app)).Id;
        var path = $"/api/series/{id}/points?from=2026-09-01";

        var first = await app.Client.GetStringAsync(path);
        var computed = cache.Computed;
        var again = await app.Client.GetStringAsync(path);

        Assert.Equal(first, again);
        Assert.Equal(computed, cache.Computed);
        Assert.DoesNotContain("\"2026-09-15\"", first, StringComparison.Ordinal);

        await AddWomenKilledAsync(app, 99_991, new DateOnly(2026, 9, 15));
        Assert.Equal(first, await app.Client.GetStringAsync(path));
        await app.ReconcileAsync();

        using var after = JsonDocument.Parse(await app.Client.GetStringAsync(path));
        var point = Assert.Single(after.RootElement.GetProperty("points").EnumerateArray(), p => p.GetProperty("date").GetString() == "2026-09-15");
        Assert.Equal(99_991, point.GetProperty("value").GetInt64());
        Assert.True(cache.Computed > computed);
    }

    [Fact]
    public async Task Series_ANewRun_ChangesThePointCount_ADismissal_ChangesTheOpenConflicts()
    {
        await using var app = await ReconciledApp.StartAsync();
        var before = await WomenAsync(app);

        await AddWomenKilledAsync(app, 99_992, new DateOnly(2026, 9, 16));
        await app.ReconcileAsync();
        var grown = await WomenAsync(app);
        Assert.Equal(before.PointCount + 1, grown.PointCount);

        using var conflicts = JsonDocument.Parse(await app.Client.GetStringAsync($"/api/conflicts?series={grown.Id}&state=open&kind=conflict"));
        var open = conflicts.RootElement.GetProperty("conflicts").EnumerateArray().Select(c => c.GetProperty("key").GetString()!).ToList();
        Assert.NotEmpty(open);
        var dismissed = await app.Client.PostAsync(ReconciledApp.Path(open[0], "/dismiss"),
            new StringContent("{\"note\":\"a different scope\"}", System.Text.Encoding.UTF8, "application/json"));
        Assert.True(dismissed.IsSuccessStatusCode, await dismissed.Content.ReadAsStringAsync());

        Assert.Equal(grown.OpenConflicts - 1, (await WomenAsync(app)).OpenConflicts);
    }

    private static async Task AddWomenKilledAsync(ReconciledApp app, long value, DateOnly reportedOn)
    {
        await using var db = await app.Factory.Services.GetRequiredService<IDbContextFactory<DashboardDbContext>>().CreateDbContextAsync();
        var article = await db.Articles.OrderBy(a => a.Id).FirstAsync();
        db.Figures.Add(new Figure
        {
            ArticleId = article.Id, Value = value, Qualifier = FigureQualifier.Exact, Category = FigureCategory.Killed, Subgroup = FigureSubgroup.Women,
            Region = "gaza", Authority = "gaza_moh", ReportedOn = reportedOn, Basis = FigureBasis.Cumulative, Since = new DateOnly(2023, 10, 7),
            Evidence = $"{value}", EvidenceStart = 0, EvidenceLength = 5, Rule = "test", ExtractorVersion = "test", CreatedAt = DateTime.UtcNow,
        });
        await db.SaveChangesAsync();
    }

    private static async Task<(long Id, int PointCount, int OpenConflicts)> WomenAsync(ReconciledApp app)
    {
        using var body = JsonDocument.Parse(await app.Client.GetStringAsync("/api/series"));
        var women = body.RootElement.GetProperty("series").EnumerateArray().Single(s => s.GetProperty("key").GetString() == ReconciledApp.WomenKilled);
        return (women.GetProperty("id").GetInt64(), women.GetProperty("pointCount").GetInt32(), women.GetProperty("openConflicts").GetInt32());
    }
}
