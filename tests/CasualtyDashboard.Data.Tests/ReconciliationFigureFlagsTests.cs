using CasualtyDashboard.Data.Entities;
using CasualtyDashboard.Data.Queries;
using Microsoft.EntityFrameworkCore;

namespace CasualtyDashboard.Data.Tests;

public sealed class ReconciliationFigureFlagsTests
{
    private sealed class Factory(TestDatabase database) : IDbContextFactory<DashboardDbContext>
    {
        public DashboardDbContext CreateDbContext() => database.CreateContext();
    }

    [Fact]
    public async Task Flags_OfEveryFigureInvolvedInStoredFlags_NamedByTypeAndState_SortedOnce()
    {
        using var database = new TestDatabase();
        await using (var db = database.CreateContext())
        {
            await db.Database.MigrateAsync();
            var series = new ReconciledSeries { Key = "gaza||killed|all|cumulative|2023-10-07", Region = "gaza", Category = "killed", Subgroup = "all", Basis = "cumulative" };
            db.Add(series);
            db.AddRange(
                Flag(series, "transcription#a", "transcription", "open", [5, 7, -1]),
                Flag(series, "stale_citation#b", "stale_citation", "open", [7]),
                Flag(series, "jump#c", "jump", "dismissed", [9]),
                Flag(series, "transcription#d", "transcription", "open", [7]));
            await db.SaveChangesAsync();
        }

        var flags = await new ReconciliationFigureFlags(new Factory(database)).AllAsync(CancellationToken.None);

        Assert.Equal([-1L, 5L, 7L, 9L], flags.Keys.Order());
        Assert.Equal(["transcription (open)"], flags[5]);
        Assert.Equal(["stale_citation (open)", "transcription (open)"], flags[7]);
        Assert.Equal(["jump (dismissed)"], flags[9]);
    }

    private static ReconciliationFlag Flag(ReconciledSeries series, string key, string type, string state, List<long> claims) => new()
    {
        Key = key, Type = type, IsConflict = type != "stale_citation", State = state, Reason = "test", ClaimIds = claims, Series = series,
        PointKey = series.Key + "@2023-11-07", Date = new DateOnly(2023, 11, 7),
    };
}
