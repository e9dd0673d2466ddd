using System.Data;
using System.Data.Common;
using CasualtyDashboard.Data.Queries;
using CasualtyDashboard.Extraction.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CasualtyDashboard.Data.Tests.Providers;

/// <summary>
/// Every read query in Data translates on the server providers without an engine: the connection "opens" without a
/// server and each command returns no rows, so the query classes run their LINQ for real and the SQL is captured.
/// On SQL Server each statement must also parse as T-SQL.
/// </summary>
public sealed class QueryTranslationTests
{
    public static TheoryData<DatabaseProvider> Servers => [DatabaseProvider.SqlServer, DatabaseProvider.PostgreSql];

    [Theory]
    [MemberData(nameof(Servers))]
    public async Task EveryQuery_TranslatesOnTheServerProvider(DatabaseProvider provider)
    {
        var capture = new CapturingInterceptor();
        var factory = new OfflineFactory(provider, capture);
        var annotations = new AnnotationQueries(factory);
        var reconciliation = new ReconciliationQueries(factory);
        var grid = new FigureGridQuery(factory);
        var calls = new List<(string Name, Func<Task> Run)>
        {
            ("annotations.ForPoints", () => annotations.ForPointsAsync(["p1", "p2"])),
            ("annotations.ForFigure", () => annotations.ForFigureAsync(1)),
            ("annotations.List", () => annotations.ListAsync(new AnnotationFilter("text", "tag"), 0, 20)),
            ("annotations.History", () => annotations.HistoryAsync(1)),
            ("articles.Search", () => new ArticleBrowseQueries(factory).SearchAsync(new ArticleFilter("غزة", "Wafa", new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31)), 0, 20)),
            ("articles.Get", () => new ArticleBrowseQueries(factory).GetAsync(1)),
            ("pipeline.Status", () => new ArticlePipelineQueries(factory).StatusAsync(1)),
            ("pipeline.Failed", () => new ArticlePipelineQueries(factory).FailedAsync(10)),
            ("feeds.List", () => new FeedQueries(factory).ListAsync()),
            ("feeds.Items", () => new FeedQueries(factory).ItemsAsync(1, 10)),
            ("figures.Trend", () => new FigureQueries(factory).CumulativeTrendAsync(FigureCategory.Killed, "gaza")),
            ("figures.Regions", () => new FigureQueries(factory).RegionsAsync()),
            ("figures.Counts", () => new FigureQueries(factory).CountsAsync()),
            ("grid.Get", () => grid.GetAsync(1)),
            ("grid.Facets", () => grid.FacetsAsync()),
            ("jobs.Recent", () => new JobRunQueries(factory).RecentAsync(10)),
            ("jobs.Counts", () => new JobRunQueries(factory).CountsByStateAsync()),
            ("flags.Figures", () => new ReconciliationFigureFlags(factory).FlagsAsync([1L, 2L], CancellationToken.None)),
            ("reconciliation.Status", () => reconciliation.StatusAsync()),
            ("reconciliation.Series", () => reconciliation.SeriesAsync("gaza", "killed")),
            ("reconciliation.SeriesById", () => reconciliation.SeriesByIdAsync(1)),
            ("reconciliation.Points", () => reconciliation.PointsAsync(1, new DateOnly(2024, 1, 1), new DateOnly(2024, 6, 1))),
            ("reconciliation.ChartPoints", () => reconciliation.ChartPointsAsync(1, new DateOnly(2024, 1, 1), new DateOnly(2024, 6, 1))),
            ("reconciliation.Point", () => reconciliation.PointAsync("p1")),
            ("reconciliation.Conflicts", () => reconciliation.ConflictsAsync(new ConflictFilter { Types = ["cross_source"], States = ["open"], SeriesKey = "k", From = new DateOnly(2024, 1, 1), Conflicts = true })),
            ("reconciliation.Conflict", () => reconciliation.ConflictAsync("key")),
            ("reconciliation.ConflictsOfSeries", () => reconciliation.ConflictsOfSeriesAsync(1)),
            ("reconciliation.Decisions", () => reconciliation.DecisionsAsync(10)),
            ("export.Figures", () => Drain(new FigureExportQuery(factory, new NoFigureFlags()).StreamAsync(FullFigureFilter))),
            ("export.ReconciledCount", () => new ReconciledExportQuery(factory, annotations).CountAsync(new ReconciledPointFilter { Region = "gaza", From = new DateOnly(2024, 1, 1) })),
            ("export.Reconciled", () => Drain(new ReconciledExportQuery(factory, annotations).StreamAsync(new ReconciledPointFilter { SeriesKey = "k" }))),
        };
        foreach (var column in Enum.GetValues<FigureSortColumn>())
            foreach (var descending in new[] { false, true })
                calls.Add(($"grid.Page {column} {(descending ? "desc" : "asc")}", () => grid.PageAsync(FullFigureFilter, new FigureSort(column, descending), 40, 20)));

        var failures = new List<string>();
        foreach (var (name, run) in calls)
        {
            var before = capture.Commands.Count;
            try
            {
                await run();
            }
            catch (InvalidOperationException ex) when (ex.Message.Contains("Sequence contains no elements", StringComparison.Ordinal))
            {
                // An aggregate read no row: the query was translated and sent.
            }
            catch (Exception ex)
            {
                failures.Add($"{name}: {ex.GetType().Name}: {ex.Message}");
                continue;
            }
            if (capture.Commands.Count == before) failures.Add($"{name}: sent no SQL");
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        if (provider == DatabaseProvider.SqlServer)
        {
            var unparsed = capture.Commands.Select(sql => (sql, Errors: ProviderModelTests.TSqlErrors(sql)))
                .Where(c => c.Errors.Count > 0).Select(c => $"{c.sql}\n  -> {c.Errors[0].Message}").ToList();
            Assert.True(unparsed.Count == 0, string.Join("\n\n", unparsed));
        }
    }

    private static readonly FigureFilter FullFigureFilter = new()
    {
        Category = FigureCategory.Killed, Subgroup = FigureSubgroup.Children, Region = "gaza", Authority = "gaza_moh", Outlet = "Wafa",
        From = new DateOnly(2024, 1, 1), To = new DateOnly(2024, 12, 31), Review = ReviewState.Accepted,
    };

    private static async Task Drain<T>(IAsyncEnumerable<T> rows)
    {
        await foreach (var _ in rows) { }
    }

    /// <summary>Opens no connection and answers every command with an empty result, keeping its SQL.</summary>
    private sealed class CapturingInterceptor : DbConnectionInterceptor, IDbCommandInterceptor
    {
        public List<string> Commands { get; } = [];

        public override ValueTask<InterceptionResult> ConnectionOpeningAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(InterceptionResult.Suppress());

        public override InterceptionResult ConnectionOpening(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) => InterceptionResult.Suppress();

        public ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Commands.Add(command.CommandText);
            return ValueTask.FromResult(InterceptionResult<DbDataReader>.SuppressWithResult(new DataTable().CreateDataReader()));
        }

        public ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
        {
            Commands.Add(command.CommandText);
            return ValueTask.FromResult(InterceptionResult<object>.SuppressWithResult(0));
        }
    }

    private sealed class OfflineFactory(DatabaseProvider provider, CapturingInterceptor capture) : IDbContextFactory<DashboardDbContext>
    {
        public DashboardDbContext CreateDbContext() => ProviderModels.Offline(provider, capture);
    }
}
