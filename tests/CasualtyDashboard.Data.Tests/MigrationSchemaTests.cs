using CasualtyDashboard.Data.Providers;
using Microsoft.EntityFrameworkCore;

namespace CasualtyDashboard.Data.Tests;

public sealed class MigrationSchemaTests
{
    [Fact]
    public async Task Migrate_FreshFile_BuildsExactlyTheSchemaTheModelDescribes()
    {
        using var migrated = new TestDatabase("migrated.db");
        using var created = new TestDatabase("created.db");
        await using (var db = migrated.CreateContext()) await db.Database.MigrateAsync();
        await using (var db = created.CreateContext()) await db.Database.EnsureCreatedAsync();

        IReadOnlyList<string> fromMigrations, fromModel;
        await using (var db = migrated.CreateContext()) fromMigrations = await new SqliteProviderAdapter().DescribeSchemaAsync(db.Database.GetDbConnection());
        await using (var db = created.CreateContext()) fromModel = await new SqliteProviderAdapter().DescribeSchemaAsync(db.Database.GetDbConnection());

        Assert.NotEmpty(fromModel);
        var missing = fromModel.Except(fromMigrations).ToList();
        var extra = fromMigrations.Except(fromModel).ToList();
        Assert.True(missing.Count == 0 && extra.Count == 0,
            $"Migrations differ from the model.\nIn the model, not in the migrations:\n{string.Join("\n", missing)}\nIn the migrations, not in the model:\n{string.Join("\n", extra)}");
    }

    [Fact]
    public async Task Migrate_FreshFile_RecordsEveryMigrationAsApplied()
    {
        using var database = new TestDatabase();
        await using var db = database.CreateContext();
        await db.Database.MigrateAsync();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
    }
}
