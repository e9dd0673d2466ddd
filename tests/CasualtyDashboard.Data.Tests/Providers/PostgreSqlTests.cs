using CasualtyDashboard.Data.Analysts;
using CasualtyDashboard.Data.Entities;
using CasualtyDashboard.Data.Providers;
using CasualtyDashboard.Data.Queries;
using CasualtyDashboard.Data.Review;
using CasualtyDashboard.Extraction.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CasualtyDashboard.Data.Tests.Providers;

/// <summary>The PostgreSQL provider on a real server: migrations, every read query, the writes and the adapter's raw SQL.</summary>
public sealed class PostgreSqlTests
{
    [PostgresFact]
    public async Task Migrate_EmptyDatabase_BuildsExactlyTheSchemaTheModelDescribes()
    {
        await using var migrated = await PostgresDatabase.CreateAsync();
        await using var created = await PostgresDatabase.CreateAsync();
        var adapter = new PostgreSqlProviderAdapter();
        IReadOnlyList<string> fromMigrations, fromModel;
        await using (var db = migrated.CreateDbContext())
        {
            await DatabaseUpgrade.MigrateAsync(db, CancellationToken.None);
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            fromMigrations = await adapter.DescribeSchemaAsync(db.Database.GetDbConnection());
        }
        await using (var db = created.CreateDbContext())
        {
            await db.Database.EnsureCreatedAsync();
            fromModel = await adapter.DescribeSchemaAsync(db.Database.GetDbConnection());
        }

        Assert.Contains(fromModel, l => l.StartsWith("table Articles", StringComparison.Ordinal));
        Assert.Equal(fromModel, fromMigrations);
    }

    [PostgresFact]
    public async Task Queries_SeededDatabase_EveryReadRunsAndWritesReadBack()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await using (var db = database.CreateDbContext()) await DatabaseUpgrade.MigrateAsync(db, CancellationToken.None);
        var figureIds = await SeedAsync(database);

        // Writes: an analyst's review, correction and note.
        var analyst = CurrentAnalyst.Named("pg-analyst");
        var reviews = new FigureReviewService(database, analyst, TimeProvider.System);
        await reviews.AcceptAsync(figureIds[0]);
        var correction = await reviews.CorrectAsync(figureIds[1], new FigureFields(99, FigureQualifier.Exact, FigureCategory.Killed,
            FigureSubgroup.Children, "gaza", null, "gaza_moh", new DateOnly(2024, 3, 1), FigureBasis.Cumulative, null), "typo");
        await new AnnotationService(database, analyst, TimeProvider.System).AddToFigureAsync(figureIds[2], "checked on PG", ["pg"]);

        foreach (var (name, run) in DataQueryCalls.All(database))
        {
            try { await run(); }
            catch (Exception ex) { Assert.Fail($"{name}: {ex.GetType().Name}: {ex.Message}"); }
        }

        var grid = new FigureGridQuery(database);
        var accepted = await grid.PageAsync(FigureFilter.None with { Review = ReviewState.Accepted }, FigureSort.Default, 0, 50);
        Assert.Contains(accepted.Rows, r => r.Id == figureIds[0]);
        await using (var db = database.CreateDbContext())
            Assert.Equal(99, (await db.Set<FigureCorrection>().SingleAsync(c => c.Id == correction)).Value);
        var notes = await new AnnotationQueries(database).ForFigureAsync(figureIds[2]);
        Assert.Equal("checked on PG", Assert.Single(notes).Text);
        var counts = await new FigureQueries(database).CountsAsync();
        Assert.Equal(figureIds.Count, counts.Figures);
    }

    [PostgresFact]
    public async Task FigureExport_TypedReader_GivesEachRowAsTheGridsReaderDoes()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await using (var db = database.CreateDbContext()) await DatabaseUpgrade.MigrateAsync(db, CancellationToken.None);
        var ids = await SeedAsync(database);
        await FigureExportQueryTests.AssertRowsAsTheGridReadsThemAsync(database, CurrentAnalyst.Named("pg-analyst"), ids);
    }

    /// <summary>A new database, migrated, holding these figures (with their articles and outlets).</summary>
    private static async Task<PostgresDatabase> WithFiguresAsync(IEnumerable<Figure> figures)
    {
        var database = await PostgresDatabase.CreateAsync();
        await using var db = database.CreateDbContext();
        await DatabaseUpgrade.MigrateAsync(db, CancellationToken.None);
        db.AddRange(figures);
        await db.SaveChangesAsync();
        return database;
    }

    [PostgresFact]
    public async Task FigureGrid_CappedCount_CountsUpToTheCapAndReachesTheLastPage()
    {
        await using var database = await WithFiguresAsync(ReviewTestData.Figures(300));
        await FigureCappedCountTests.AssertCappedPagingAsync(database);
    }

    [PostgresFact]
    public async Task FigureGrid_WarmedSnapshot_JumpsEqualOffsetPages()
    {
        await using var database = await WithFiguresAsync(ReviewTestData.Figures(230, values: 40));
        var filter = new FigureFilter { Category = FigureCategory.Killed };
        // Nulls last on PostgreSQL (regions, dates), ties broken by date and id: the snapshot read by the provider's reader keeps the order.
        // The snapshot (category filter) and the covering index's OFFSET from the nearer end (no filter), three sorts each.
        foreach (var sort in new FigureSort[] { new(FigureSortColumn.Value, false), FigureSort.Default, new(FigureSortColumn.Region, true) })
        {
            await FigureGridSnapshotTests.AssertWarmedPagesEqualOffsetAsync(database, filter, sort);
            await FigureGridSnapshotTests.AssertWarmedPagesEqualOffsetAsync(database, FigureFilter.None, sort);
        }
    }

    [PostgresFact]
    public async Task FigureGrid_FilteredByValueOrDate_WalksAnIndex_EqualsOffsetPages()
    {
        // Nulls last on PostgreSQL (dates), 40 values among 600 figures: ties broken by id.
        await using var database = await WithFiguresAsync(ReviewTestData.Figures(600, values: 40));
        await FigureGridSnapshotTests.AssertIndexWalkPagesEqualOffsetAsync(database);
    }

    [PostgresFact]
    public async Task BulkInsert_ThroughCopy_RowsReadBackAsEfWroteThem()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        long seriesId;
        await using (var db = database.CreateDbContext())
        {
            await DatabaseUpgrade.MigrateAsync(db, CancellationToken.None);
            var series = new ReconciledSeries { Key = "gaza|killed|all|cumulative", Region = "gaza", Category = "killed", Subgroup = "all", Basis = "cumulative", ReconciledAt = DateTime.UtcNow };
            db.Add(series);
            await db.SaveChangesAsync();
            seriesId = series.Id;
            await using var transaction = await db.Database.BeginTransactionAsync();
            await ProviderAdapters.For(db).BulkInsertAsync(db, Enumerable.Range(0, 500).Select(i => new ReconciledPoint
            {
                SeriesId = seriesId, Key = $"gaza|killed|all|cumulative#{new DateOnly(2024, 1, 1).AddDays(i):yyyy-MM-dd}",
                Date = new DateOnly(2024, 1, 1).AddDays(i), Value = 1000 + i, Rule = "single", Explanation = "one source", ClaimIds = [i, i + 1], Sources = "[]",
                Low = 990 + i, High = 1010 + i, IncrementChange = i % 2 == 0 ? i : null,
            }), CancellationToken.None);
            await transaction.CommitAsync();
        }

        var points = await new ReconciliationQueries(database).PointsAsync(seriesId);
        Assert.Equal(500, points.Count);
        Assert.Equal(1499, points[^1].Value);
        Assert.Equal(new DateOnly(2024, 1, 1).AddDays(499), points[^1].Date);
        await using (var db = database.CreateDbContext())
        {
            var stored = await db.Set<ReconciledPoint>().OrderBy(p => p.Date).FirstAsync();
            Assert.Equal([0L, 1L], stored.ClaimIds);
            Assert.Equal(990, stored.Low);
            Assert.Equal(0, stored.IncrementChange);
            Assert.Null((await db.Set<ReconciledPoint>().OrderBy(p => p.Date).Skip(1).FirstAsync()).IncrementChange);
        }
    }

    [PostgresFact]
    public async Task Seek_EverySortBothWays_MatchesThePlainOrder()
    {
        // PostgreSQL puts nulls last in an ascending order, and its collation sorts "un_ocha" after "unattributed".
        await using var database = await WithFiguresAsync(ReviewTestData.Figures(230, values: 40));

        foreach (var column in Enum.GetValues<FigureSortColumn>())
        {
            foreach (var descending in new[] { false, true })
            {
                await Walk.AssertAsync(database, FigureFilter.None, new FigureSort(column, descending), 230);
                await Walk.AssertAsync(database, new FigureFilter { Subgroup = FigureSubgroup.Children, Outlet = "BBC Arabic" }, new FigureSort(column, descending), null);
            }
        }
    }

    [PostgresFact]
    public async Task StartupLock_SecondInstanceWaitsForTheFirst()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        var adapter = new PostgreSqlProviderAdapter();
        var first = await adapter.LockStartupAsync(database.ConnectionString, CancellationToken.None);
        var second = adapter.LockStartupAsync(database.ConnectionString, CancellationToken.None);
        await Task.Delay(300);
        Assert.False(second.IsCompleted);
        await first.DisposeAsync();
        await using var held = await second.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [PostgresFact]
    public async Task StartupLock_WaitsPastTheCommandTimeout_AndStopsWhenCancelled()
    {
        // A first instance's migrations and demo load can hold the lock longer than a command may take (30 s by
        // default; 1 s here): the second instance must keep waiting, not fail its start with a timeout.
        await using var database = await PostgresDatabase.CreateAsync();
        var shortTimeout = new Npgsql.NpgsqlConnectionStringBuilder(database.ConnectionString) { CommandTimeout = 1 }.ConnectionString;
        var adapter = new PostgreSqlProviderAdapter();
        var first = await adapter.LockStartupAsync(shortTimeout, CancellationToken.None);
        var second = adapter.LockStartupAsync(shortTimeout, CancellationToken.None);
        await Task.Delay(2500);
        Assert.False(second.IsCompleted, second.Exception?.GetBaseException().Message);
        await first.DisposeAsync();
        await using (await second.WaitAsync(TimeSpan.FromSeconds(10)))
        {
            // The host's cancellation (a stop during start) still ends a third instance's wait.
            using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(1));
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => adapter.LockStartupAsync(shortTimeout, stop.Token).WaitAsync(TimeSpan.FromSeconds(10)));
        }
    }

    [PostgresFact]
    public async Task UniqueViolation_IsRecognised()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        await using var db = database.CreateDbContext();
        await DatabaseUpgrade.MigrateAsync(db, CancellationToken.None);
        // Keys differing only in case, or by an Arabic kashida, are two keys (as on SQLite, and on SQL Server's binary collation).
        db.AddRange(new Outlet { Name = "AFP" }, new Outlet { Name = "afp" }, new Outlet { Name = "الجزيرة" }, new Outlet { Name = "الجزيـرة" });
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
        db.AddRange(new Outlet { Name = "Wafa" }, new Outlet { Name = "Wafa" });
        var error = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        Assert.True(ProviderAdapters.For(db).IsUniqueViolation(error));
    }

    private static async Task<List<long>> SeedAsync(PostgresDatabase database)
    {
        await using var db = database.CreateDbContext();
        var outlets = new[] { new Outlet { Name = "Wafa" }, new Outlet { Name = "BBC Arabic" } };
        var articles = Enumerable.Range(0, 20).Select(i => new Article
        {
            Text = $"نص {i}", ContentHash = $"h{i}", CreatedAt = DateTime.UtcNow, Outlet = outlets[i % 2], Url = $"https://example.org/{i}",
            Published = new DateOnly(2024, 1, 1).AddDays(i), State = ArticleState.Extracted,
        }).ToList();
        var figures = Enumerable.Range(0, 100).Select(i => new Figure
        {
            Article = articles[i % articles.Count], Value = 100 + i, Qualifier = FigureQualifier.Exact, Category = (FigureCategory)(i % 3),
            Subgroup = (FigureSubgroup)(i % 3), Region = i % 4 == 0 ? null : "gaza", Authority = i % 2 == 0 ? "gaza_moh" : "unattributed",
            ReportedOn = new DateOnly(2024, 1, 1).AddDays(i % 60), Basis = FigureBasis.Cumulative, Evidence = "ن", EvidenceStart = i,
            EvidenceLength = 1, Rule = "test", ExtractorVersion = "t", CreatedAt = DateTime.UtcNow,
        }).ToList();
        db.AddRange(figures);
        await db.SaveChangesAsync();
        return figures.Select(f => f.Id).ToList();
    }
}
