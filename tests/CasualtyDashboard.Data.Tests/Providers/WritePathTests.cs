using CasualtyDashboard.Data.Entities;
using CasualtyDashboard.Data.Providers;
using Microsoft.EntityFrameworkCore;

namespace CasualtyDashboard.Data.Tests.Providers;

/// <summary>
/// The write path's adapter calls on SQLite and PostgreSQL: articles inserted in bulk get the keys the database gave
/// them and read back as written; a duplicate fails the whole insert as SaveChanges would; claims go in id order across
/// never-tried articles and due retries, and skip articles held by a live claim.
/// </summary>
public sealed class WritePathTests
{
    [Fact]
    public async Task InsertWithKeys_Sqlite_KeysSetAndRowsReadBack_DuplicateRefusedWhole()
    {
        using var database = new TestDatabase();
        await InsertWithKeysAsync(database.CreateContext);
    }

    [PostgresFact]
    public async Task InsertWithKeys_PostgreSql_KeysSetAndRowsReadBack_DuplicateRefusedWhole()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await InsertWithKeysAsync(database.CreateDbContext);
    }

    [Fact]
    public async Task Claim_Sqlite_FreshAndRetriesInIdOrder_HeldOnesSkipped()
    {
        using var database = new TestDatabase();
        await ClaimInIdOrderAsync(database.CreateContext);
    }

    [PostgresFact]
    public async Task Claim_PostgreSql_FreshAndRetriesInIdOrder_HeldOnesSkipped()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await ClaimInIdOrderAsync(database.CreateDbContext);
    }

    private static readonly DateTime Now = new(2024, 11, 1, 12, 0, 0, DateTimeKind.Utc);

    private static Article NewArticle(int i, long? outletId = null) => new()
    {
        Text = $"نص {i}", ContentHash = $"hash-{i}", Url = i % 2 == 0 ? $"https://example.org/{i}" : null,
        Published = new DateOnly(2024, 1, 1).AddDays(i), OutletId = outletId, CreatedAt = Now, Channel = "test",
    };

    private static async Task InsertWithKeysAsync(Func<DashboardDbContext> open)
    {
        long outletId;
        await using (var db = open())
        {
            await DatabaseUpgrade.MigrateAsync(db, CancellationToken.None);
            var outlet = new Outlet { Name = "وكالة" };
            db.Add(outlet);
            db.Add(NewArticle(0));
            await db.SaveChangesAsync();
            outletId = outlet.Id;
        }
        var articles = Enumerable.Range(1, 300).Select(i => NewArticle(i, i % 3 == 0 ? outletId : null)).ToList();
        await using (var db = open())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            await ProviderAdapters.For(db).InsertWithKeysAsync(db, articles, CancellationToken.None);
            await transaction.CommitAsync();
            Assert.Empty(db.ChangeTracker.Entries());
        }
        Assert.Equal(300, articles.Select(a => a.Id).Distinct().Count());
        Assert.All(articles, a => Assert.True(a.Id > 0));

        await using (var db = open())
        {
            var stored = await db.Articles.AsNoTracking().Where(a => a.ContentHash != "hash-0").ToDictionaryAsync(a => a.Id);
            Assert.Equal(300, stored.Count);
            foreach (var written in articles)
            {
                var read = stored[written.Id]; // the key given back is the row's
                Assert.Equal((written.Text, written.ContentHash, written.Url, written.UrlHash, written.Published, written.OutletId, ArticleState.Pending),
                    (read.Text, read.ContentHash, read.Url, read.UrlHash, read.Published, read.OutletId, read.State));
            }
        }

        // A duplicate content hash anywhere in the input: nothing of it is stored, and the failure is EF's.
        var again = new List<Article> { NewArticle(1000), NewArticle(5) };
        await using (var db = open())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            var error = await Assert.ThrowsAsync<DbUpdateException>(() => ProviderAdapters.For(db).InsertWithKeysAsync(db, again, CancellationToken.None));
            Assert.True(ProviderAdapters.For(db).IsUniqueViolation(error));
        }
        await using (var db = open()) Assert.Equal(301, await db.Articles.CountAsync());
    }

    private static async Task ClaimInIdOrderAsync(Func<DashboardDbContext> open)
    {
        await using (var db = open())
        {
            await DatabaseUpgrade.MigrateAsync(db, CancellationToken.None);
            // Ids 1..10: 2 and 5 are due retries, 7 waits for its retry time, 3 is held by a live claim, 9 is extracted.
            var articles = Enumerable.Range(1, 10).Select(i => NewArticle(i)).ToList();
            articles[1].NextAttemptAt = articles[4].NextAttemptAt = Now.AddMinutes(-1);
            articles[6].NextAttemptAt = Now.AddMinutes(5);
            articles[2].ClaimToken = Guid.NewGuid();
            articles[2].ClaimedUntil = Now.AddSeconds(20);
            articles[8].State = ArticleState.Extracted;
            db.AddRange(articles);
            await db.SaveChangesAsync();
        }
        var order = await IdsAsync(open);
        await using (var db = open())
        {
            var due = db.Articles.Where(a => a.State == ArticleState.Pending && (a.NextAttemptAt == null || a.NextAttemptAt <= Now));
            var (first, last) = await ArticleClaims.ClaimAsync(db, due, 0, 4, Now, TimeSpan.FromSeconds(30), CancellationToken.None);
            Assert.Equal([order[0], order[1], order[3], order[4]], first.Select(a => a.Id));
            Assert.Equal(order[4], last);
            var (second, end) = await ArticleClaims.ClaimAsync(db, due, last!.Value, 4, Now, TimeSpan.FromSeconds(30), CancellationToken.None);
            Assert.Equal([order[5], order[7], order[9]], second.Select(a => a.Id));
            var (none, nothing) = await ArticleClaims.ClaimAsync(db, due, end!.Value, 4, Now, TimeSpan.FromSeconds(30), CancellationToken.None);
            Assert.Equal((0, (long?)null), (none.Count, nothing));
        }

        static async Task<List<long>> IdsAsync(Func<DashboardDbContext> open)
        {
            await using var db = open();
            return await db.Articles.OrderBy(a => a.Id).Select(a => a.Id).ToListAsync();
        }
    }
}
