using CasualtyDashboard.Data.Entities;
using CasualtyDashboard.Data.Queries;
using CasualtyDashboard.Extraction.Model;
using Microsoft.EntityFrameworkCore;

namespace CasualtyDashboard.Data.Tests;

public sealed class FigureQueriesTests
{
    private sealed class Factory(TestDatabase database) : IDbContextFactory<DashboardDbContext>
    {
        public DashboardDbContext CreateDbContext() => database.CreateContext();
    }

    [Fact]
    public async Task CumulativeTrend_TwoClaimsOfOneAuthorityOnOneDay_KeepsTheHigherAndCountsBoth()
    {
        using var database = new TestDatabase();
        await using (var db = database.CreateContext())
        {
            await db.Database.MigrateAsync();
            var article = new Article { Text = "نص", ContentHash = "h1", CreatedAt = DateTime.UtcNow };
            db.Articles.Add(article);
            db.Figures.AddRange(
                Killed(article, 10022, new DateOnly(2023, 11, 6)),
                Killed(article, 10328, new DateOnly(2023, 11, 7)),
                Killed(article, 10300, new DateOnly(2023, 11, 7)),
                WithRegion(Killed(article, 500, new DateOnly(2023, 11, 7)), "lebanon"));
            await db.SaveChangesAsync();
        }

        var trend = await new FigureQueries(new Factory(database)).CumulativeTrendAsync(FigureCategory.Killed, "gaza");

        Assert.Equal(
            [new TrendPoint(new DateOnly(2023, 11, 6), "gaza_moh", 10022, 1), new TrendPoint(new DateOnly(2023, 11, 7), "gaza_moh", 10328, 2)],
            trend);
    }

    private static Figure WithRegion(Figure figure, string region)
    {
        figure.Region = region;
        return figure;
    }

    private static Figure Killed(Article article, long value, DateOnly on) => new()
    {
        Article = article, Value = value, Category = FigureCategory.Killed, Subgroup = FigureSubgroup.All, Region = "gaza",
        Authority = "gaza_moh", ReportedOn = on, Basis = FigureBasis.Cumulative, Evidence = value.ToString(), Rule = "test",
        ExtractorVersion = "test", CreatedAt = DateTime.UtcNow,
    };
}
