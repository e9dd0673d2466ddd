using CasualtyDashboard.Data.Entities;
using CasualtyDashboard.Data.Queries;
using Microsoft.EntityFrameworkCore;

namespace CasualtyDashboard.Data.Tests;

/// <summary>The reconciliation version, read in one statement: each id's maximum, 0 where a table is empty.</summary>
public sealed class ReconciliationVersionTests : IDisposable
{
    private readonly TestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    private sealed class Factory(TestDatabase database) : IDbContextFactory<DashboardDbContext>
    {
        public DashboardDbContext CreateDbContext() => database.CreateContext();
    }

    [Fact]
    public async Task Version_IsZeroOnAnEmptyDatabase_AndFollowsEachTablesLastId()
    {
        await using (var db = _database.CreateContext()) await db.Database.MigrateAsync();
        var queries = new ReconciliationQueries(new Factory(_database));

        Assert.Equal(new ReconciliationVersion(0, 0, 0, 0), await queries.VersionAsync());

        await using (var db = _database.CreateContext())
        {
            db.Add(new ReconciliationRun { StartedAt = DateTime.UtcNow, EndedAt = DateTime.UtcNow });
            db.Add(new ReconciliationRun { StartedAt = DateTime.UtcNow, EndedAt = DateTime.UtcNow });
            db.Add(new ReferenceImport { Dataset = "gaza", SourceName = "g.json", ContentHash = "00", Channel = "cli", ImportedAt = DateTime.UtcNow });
            await db.SaveChangesAsync();
        }
        var version = await queries.VersionAsync();

        Assert.Equal(new ReconciliationVersion(2, 0, 0, 1), version);
        Assert.True(version.IsAfter(new ReconciliationVersion(0, 0, 0, 0)));
    }
}
