using CasualtyDashboard.Data.Analysts;
using CasualtyDashboard.Data.Entities;
using CasualtyDashboard.Extraction.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CasualtyDashboard.Data.Tests;

/// <summary>A migrated test database with a deterministic mix of figures, and the review services over it.</summary>
public sealed class ReviewTestData : IDisposable
{
    public static readonly string[] Regions = ["gaza", "lebanon", "west_bank"];
    public static readonly string[] Authorities = ["gaza_moh", "un_ocha", "unattributed", "afp"];
    public static readonly string[] Outlets = ["Al Jazeera", "BBC Arabic"];

    public TestDatabase Database { get; }
    public IDbContextFactory<DashboardDbContext> Factory { get; }
    public CurrentAnalyst Analyst { get; } = CurrentAnalyst.Named("test-analyst");

    /// <param name="pooled">Connections pooled, as the app's are (for a database seeded once and read by many tests).</param>
    public ReviewTestData(bool pooled = false)
    {
        Database = new TestDatabase(pooled: pooled);
        Factory = new ContextFactory(Database);
    }

    /// <summary>Creates the schema and <paramref name="figures"/> figures over articles of two outlets; returns them as stored.</summary>
    /// <param name="values">How many distinct values the figures draw from (few: many ties).</param>
    public async Task<IReadOnlyList<Figure>> SeedAsync(int figures, int seed = 7, int values = 50_000)
    {
        await using var db = Database.CreateContext();
        await db.Database.MigrateAsync();
        var list = Figures(figures, seed, values);
        db.AddRange(list);
        await db.SaveChangesAsync();
        return list;
    }

    /// <summary>The figures <see cref="SeedAsync"/> stores, not yet stored (for a database the caller migrated).</summary>
    public static List<Figure> Figures(int figures, int seed = 7, int values = 50_000)
    {
        var outlets = Outlets.Select(n => new Outlet { Name = n }).ToList();
        var articles = Enumerable.Range(0, Math.Max(1, figures / 5)).Select(i => new Article
        {
            Text = new string('ن', 400), ContentHash = $"h{i}", CreatedAt = DateTime.UtcNow, Outlet = outlets[i % outlets.Count],
            Url = $"https://example.org/a/{i}", Published = new DateOnly(2024, 1, 1).AddDays(i % 60),
        }).ToList();
        var random = new Random(seed);
        var list = Enumerable.Range(0, figures).Select(i => new Figure
        {
            Article = articles[i % articles.Count], Value = random.Next(0, values), Qualifier = FigureQualifier.Exact,
            Category = (FigureCategory)random.Next(0, 3), Subgroup = (FigureSubgroup)random.Next(0, 3),
            Region = random.Next(0, 10) == 0 ? null : Regions[random.Next(Regions.Length)],
            Authority = Authorities[random.Next(Authorities.Length)],
            ReportedOn = random.Next(0, 12) == 0 ? null : new DateOnly(2024, 1, 1).AddDays(random.Next(0, 90)),
            Basis = FigureBasis.Cumulative, Evidence = "ن", EvidenceStart = i % 300, EvidenceLength = 1, Rule = "test", ExtractorVersion = "t",
            CreatedAt = DateTime.UtcNow,
        }).ToList();
        return list;
    }

    public void Dispose() => Database.Dispose();

    private sealed class ContextFactory(TestDatabase database) : IDbContextFactory<DashboardDbContext>
    {
        public DashboardDbContext CreateDbContext() => database.CreateContext();
    }
}
