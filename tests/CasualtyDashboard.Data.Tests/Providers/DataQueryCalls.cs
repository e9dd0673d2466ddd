using CasualtyDashboard.Data.Queries;
using CasualtyDashboard.Extraction.Model;
using Microsoft.EntityFrameworkCore;

namespace CasualtyDashboard.Data.Tests.Providers;

/// <summary>A call of every public read in Data's query classes, with filters that use every condition (and every grid sort).</summary>
internal static class DataQueryCalls
{
    public static List<(string Name, Func<Task> Run)> All(IDbContextFactory<DashboardDbContext> factory)
    {
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
            ("flags.All", () => new ReconciliationFigureFlags(factory).AllAsync(CancellationToken.None)),
            ("reconciliation.Status", () => reconciliation.StatusAsync()),
            ("reconciliation.Version", () => reconciliation.VersionAsync()),
            ("reconciliation.Series", () => reconciliation.SeriesAsync("gaza", "killed")),
            ("reconciliation.SeriesById", () => reconciliation.SeriesByIdAsync(1)),
            ("reconciliation.Points", () => reconciliation.PointsAsync(1, new DateOnly(2024, 1, 1), new DateOnly(2024, 6, 1))),
            ("reconciliation.ChartPoints", () => reconciliation.ChartPointsAsync(1, new DateOnly(2024, 1, 1), new DateOnly(2024, 6, 1))),
            ("reconciliation.Point", () => reconciliation.PointAsync("p1")),
            ("reconciliation.PointOnOrAfter", () => reconciliation.PointOnOrAfterAsync("k@2024-01-01")),
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

        // Keyset seeks, every segment of every sort (the count is cached, so each runs even on an empty database).
        var counted = new FigureGridCache(TimeProvider.System);
        counted.SetCount(FullFigureFilter, 1_000);
        var seeking = new FigureGridQuery(factory, counted);
        FigureCursor[] cursors =
        [
            new(500, 120, new DateOnly(2024, 3, 1), FigureCategory.Injured, FigureSubgroup.Women, "gaza", "un_ocha"),
            new(501, 120, null, FigureCategory.Injured, FigureSubgroup.AidWorkers, null, "afp"),
        ];
        foreach (var column in Enum.GetValues<FigureSortColumn>())
            foreach (var descending in new[] { false, true })
                foreach (var from in Enum.GetValues<FigureSeekFrom>())
                    foreach (var cursor in cursors)
                        calls.Add(($"grid.Seek {column} {(descending ? "desc" : "asc")} {from} {cursor.Id}",
                            () => seeking.PageAsync(FullFigureFilter, new FigureSort(column, descending), 40, 20, new FigureSeek(cursor, from))));

        // Walks of a sort's index (decision 051): a dated filter that leaves every sort column free, counted as many.
        var dated = new FigureFilter { Outlet = "Wafa", From = new DateOnly(2024, 1, 1), To = new DateOnly(2024, 12, 31), Review = ReviewState.Accepted };
        var many = new FigureGridCache(TimeProvider.System);
        many.SetCount(dated, 1_000_000);
        var walking = new FigureGridQuery(factory, many) { WalkFrom = 0 };
        foreach (var column in Enum.GetValues<FigureSortColumn>())
            foreach (var descending in new[] { false, true })
                calls.Add(($"grid.Walk {column} {(descending ? "desc" : "asc")}",
                    () => walking.PageAsync(dated, new FigureSort(column, descending), 40, 20, new FigureSeek(cursors[0], FigureSeekFrom.After))));

        return calls;
    }

    public static readonly FigureFilter FullFigureFilter = new()
    {
        Category = FigureCategory.Killed, Subgroup = FigureSubgroup.Children, Region = "gaza", Authority = "gaza_moh", Outlet = "Wafa",
        From = new DateOnly(2024, 1, 1), To = new DateOnly(2024, 12, 31), Review = ReviewState.Accepted,
    };

    private static async Task Drain<T>(IAsyncEnumerable<T> rows)
    {
        await foreach (var _ in rows) { }
    }
}
