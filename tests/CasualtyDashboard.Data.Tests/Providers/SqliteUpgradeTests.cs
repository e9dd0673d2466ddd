using System.Data.Common;
using CasualtyDashboard.Data.Entities;
using CasualtyDashboard.Data.Queries;
using CasualtyDashboard.Extraction.Model;
using CasualtyDashboard.Extraction.Schema;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CasualtyDashboard.Data.Tests.Providers;

/// <summary>
/// A SQLite file made by the version before several providers (its hand-written migrations 0001..0005, data in every
/// table written with that schema) opens with today's code: the generated migrations apply on top, every old value is
/// still there, the new key hashes are filled, and the model has nothing pending.
/// </summary>
public sealed class SqliteUpgradeTests
{
    private const string LastHandWritten = "0005_Review";
    private static readonly string LongUrl = "https://example.org/news/" + new string('a', 1500);
    private static readonly string LongConflictKey = "cross_source#gaza|killed|all|cumulative#2024-05-01#" + string.Join(",", Enumerable.Range(0, 60).Select(i => $"source{i}"));

    [Fact]
    public async Task Migrate_FileOfTheHandWrittenMigrations_KeepsEveryRowAndValueAndFillsTheHashes()
    {
        using var database = new TestDatabase("old.db");
        await using (var db = database.CreateContext())
        {
            await db.GetService<IMigrator>().MigrateAsync(LastHandWritten);
            Assert.Equal(LastHandWritten, (await db.Database.GetAppliedMigrationsAsync()).Last());
            await FillOldSchemaAsync(db.Database.GetDbConnection());
        }
        Dictionary<string, List<string>> before;
        await using (var db = database.CreateContext()) before = await DumpAsync(db.Database.GetDbConnection(), columnsOf: null);

        await using (var db = database.CreateContext())
        {
            var applied = await DatabaseUpgrade.MigrateAsync(db, CancellationToken.None);
            Assert.NotEmpty(applied);
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            Assert.False(db.Database.HasPendingModelChanges());
        }

        await using (var db = database.CreateContext())
        {
            var after = await DumpAsync(db.Database.GetDbConnection(), columnsOf: before);
            Assert.Equal(before.Keys.Order(), after.Keys.Order());
            foreach (var table in before.Keys)
                Assert.True(before[table].SequenceEqual(after[table]), $"Table {table} changed:\nbefore: {string.Join("\n", before[table])}\nafter: {string.Join("\n", after[table])}");
            Assert.All(before, t => Assert.NotEmpty(t.Value));

            // Read through the model: the hashes were filled, so the indexed lookups find the old rows.
            var urlHash = KeyHash.Of(LongUrl);
            var article = await db.Articles.Include(a => a.Figures).SingleAsync(a => a.UrlHash == urlHash);
            Assert.Equal(LongUrl, article.Url);
            Assert.Equal(ArticleState.Extracted, article.State);
            Assert.Equal(42, Assert.Single(article.Figures).Value);
            Assert.Equal(ReviewDecision.Accepted, (await db.Set<FigureReview>().SingleAsync()).Decision);
            Assert.Equal(40, (await db.Set<FigureCorrection>().SingleAsync()).Value);
            Assert.Equal("a note", (await db.Set<Entities.Annotation>().SingleAsync()).Text);
            Assert.Equal(LongConflictKey, (await db.Set<AnalystDismissal>().SingleAsync(d => d.ConflictKeyHash == KeyHash.Of(LongConflictKey))).ConflictKey);
            Assert.Equal(7, (await db.Set<AnalystResolution>().SingleAsync(r => r.ConflictKeyHash == KeyHash.Of(LongConflictKey))).Value);
            Assert.Equal("https://example.org/feed.xml", (await db.Set<Feed>().SingleAsync(f => f.UrlHash == KeyHash.Of("https://example.org/feed.xml"))).Url);
            Assert.NotNull((await db.Set<FeedItem>().SingleAsync()).ItemKeyHash);
        }
        var conflict = await new ReconciliationQueries(new Factory(database)).ConflictAsync(LongConflictKey);
        Assert.NotNull(conflict);
    }

    /// <summary>One row in every table, as the old version wrote them; columns not named get a plain value of their type.</summary>
    private static async Task FillOldSchemaAsync(DbConnection connection)
    {
        const string at = "2024-05-01 10:00:00";
        string[] figureCodes = [FigureQualifier.Exact.Code(), FigureCategory.Killed.Code(), FigureSubgroup.All.Code(), FigureBasis.Cumulative.Code()];
        var rows = new (string Table, Dictionary<string, object?> Values)[]
        {
            ("Outlets", new() { ["Id"] = 1, ["Name"] = "Wafa" }),
            ("Articles", new() { ["Id"] = 1, ["OutletId"] = 1, ["Url"] = LongUrl, ["Text"] = "نص الخبر", ["ContentHash"] = "h1", ["Channel"] = "api", ["State"] = "Extracted", ["CreatedAt"] = at, ["Published"] = "2024-05-01" }),
            ("Articles", new() { ["Id"] = 2, ["Text"] = "خبر آخر", ["ContentHash"] = "h2", ["Channel"] = "api", ["State"] = "Pending", ["CreatedAt"] = at }),
            ("Figures", new() { ["Id"] = 1, ["ArticleId"] = 1, ["Value"] = 42, ["Qualifier"] = figureCodes[0], ["Category"] = figureCodes[1], ["Subgroup"] = figureCodes[2], ["Basis"] = figureCodes[3], ["Authority"] = "gaza_moh", ["ReportedOn"] = "2024-05-01", ["CreatedAt"] = at }),
            ("FigureReviews", new() { ["Id"] = 1, ["FigureId"] = 1, ["Decision"] = "Accepted", ["By"] = "ana", ["At"] = at }),
            ("FigureCorrections", new() { ["Id"] = 1, ["FigureId"] = 1, ["Value"] = 40, ["Qualifier"] = figureCodes[0], ["Category"] = figureCodes[1], ["Subgroup"] = figureCodes[2], ["Basis"] = figureCodes[3], ["Authority"] = "gaza_moh", ["By"] = "ana", ["At"] = at }),
            ("FigureStatuses", new() { ["FigureId"] = 1, ["Decision"] = "Accepted", ["LatestReviewId"] = 1, ["LatestCorrectionId"] = 1, ["UpdatedAt"] = at }),
            ("Annotations", new() { ["Id"] = 1, ["FigureId"] = 1, ["Text"] = "a note", ["Tags"] = "", ["By"] = "ana", ["At"] = at }),
            ("AnnotationRevisions", new() { ["Id"] = 1, ["AnnotationId"] = 1, ["Action"] = "created", ["Text"] = "a note", ["Tags"] = "", ["By"] = "ana", ["At"] = at }),
            ("JobRuns", new() { ["Id"] = 1, ["JobName"] = "extract", ["Trigger"] = "startup", ["State"] = "Succeeded", ["StartedAt"] = at }),
            ("ReconciledSeries", new() { ["Id"] = 1, ["Key"] = "gaza|killed|all|cumulative", ["Region"] = "gaza", ["Category"] = "killed", ["Subgroup"] = "all", ["Basis"] = "cumulative", ["ReconciledAt"] = at }),
            ("ReconciledPoints", new() { ["Id"] = 1, ["SeriesId"] = 1, ["Key"] = "gaza|killed|all|cumulative#2024-05-01", ["Date"] = "2024-05-01", ["Value"] = 42, ["Rule"] = "single", ["ClaimIds"] = "[1]", ["Sources"] = "[]" }),
            ("ReconciliationFlags", new() { ["Id"] = 1, ["Key"] = LongConflictKey, ["Type"] = "cross_source", ["IsConflict"] = 1, ["State"] = "dismissed", ["Reason"] = "two sources", ["ClaimIds"] = "[1,2]", ["SeriesId"] = 1, ["PointKey"] = "gaza|killed|all|cumulative#2024-05-01", ["Date"] = "2024-05-01" }),
            ("ReconciliationRuns", new() { ["Id"] = 1, ["StartedAt"] = at, ["EndedAt"] = at }),
            ("AnalystResolutions", new() { ["Id"] = 1, ["PointKey"] = "gaza|killed|all|cumulative#2024-05-01", ["ConflictKey"] = LongConflictKey, ["Value"] = 7, ["Note"] = "checked", ["By"] = "ana", ["At"] = at }),
            ("AnalystDismissals", new() { ["Id"] = 1, ["ConflictKey"] = LongConflictKey, ["Note"] = "other scope", ["By"] = "ana", ["At"] = at }),
            ("ReferenceImports", new() { ["Id"] = 1, ["Dataset"] = "tfp", ["ImportedAt"] = at }),
            ("ReferenceClaims", new() { ["Id"] = 1, ["Dataset"] = "tfp", ["ReportedOn"] = "2024-05-01", ["Value"] = 41, ["StatedAt"] = at, ["ImportedAt"] = at }),
            ("Feeds", new() { ["Id"] = 1, ["Url"] = "https://example.org/feed.xml", ["OutletName"] = "Wafa", ["Source"] = "Settings", ["Enabled"] = 1, ["CreatedAt"] = at }),
            ("FeedItems", new() { ["Id"] = 1, ["FeedId"] = 1, ["ItemKey"] = "guid-1", ["State"] = "Stored", ["ArticleId"] = 1, ["FirstSeenAt"] = at }),
        };
        await ProviderTestSql.OpenAsync(connection);
        foreach (var (table, values) in rows)
        {
            var columns = await ProviderTestSql.QueryAsync(connection, $"PRAGMA table_info(\"{table}\")",
                r => (Name: r.GetString(1), Type: r.GetString(2), NotNull: r.GetInt64(3) == 1));
            Assert.NotEmpty(columns);
            Assert.All(values.Keys, k => Assert.Contains(columns, c => c.Name == k));
            await using var command = connection.CreateCommand();
            command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c.Name}\""))}) VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))})";
            for (var i = 0; i < columns.Count; i++)
            {
                var c = columns[i];
                var value = values.TryGetValue(c.Name, out var given) ? given
                    : !c.NotNull ? null
                    : c.Type == "TEXT" ? "x" : (object)0;
                var parameter = command.CreateParameter();
                parameter.ParameterName = $"$p{i}";
                parameter.Value = value ?? DBNull.Value;
                command.Parameters.Add(parameter);
            }
            await command.ExecuteNonQueryAsync();
        }
    }

    /// <summary>Every row of every table as text (columns in a fixed order); <paramref name="columnsOf"/> limits it to the tables and columns of an earlier dump.</summary>
    private static async Task<Dictionary<string, List<string>>> DumpAsync(DbConnection connection, Dictionary<string, List<string>>? columnsOf)
    {
        await ProviderTestSql.OpenAsync(connection);
        var tables = columnsOf?.Keys.ToList() ?? await ProviderTestSql.QueryAsync(connection,
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '\\_\\_EF%' ESCAPE '\\'", r => r.GetString(0));
        var dump = new Dictionary<string, List<string>>();
        foreach (var table in tables)
        {
            var columns = columnsOf is null
                ? (await ProviderTestSql.QueryAsync(connection, $"PRAGMA table_info(\"{table}\")", r => r.GetString(1))).Order(StringComparer.Ordinal).ToList()
                : columnsOf[table][0].Split('|').ToList();
            var rows = await ProviderTestSql.QueryAsync(connection,
                $"SELECT {string.Join(", ", columns.Select(c => $"quote(\"{c}\")"))} FROM \"{table}\" ORDER BY rowid",
                r => string.Join("|", Enumerable.Range(0, r.FieldCount).Select(r.GetString)));
            dump[table] = [string.Join("|", columns), .. rows];
        }
        return dump;
    }

    private sealed class Factory(TestDatabase database) : IDbContextFactory<DashboardDbContext>
    {
        public DashboardDbContext CreateDbContext() => database.CreateContext();
    }
}
