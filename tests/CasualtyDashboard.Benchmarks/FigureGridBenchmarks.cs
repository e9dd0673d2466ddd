using System.Diagnostics;
using CasualtyDashboard.Data;
using CasualtyDashboard.Data.Analysts;
using CasualtyDashboard.Data.Entities;
using CasualtyDashboard.Data.Queries;
using CasualtyDashboard.Data.Review;
using CasualtyDashboard.Extraction.Model;
using CasualtyDashboard.Web.Services.Export;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CasualtyDashboard.Benchmarks;

/// <summary>
/// Issue 6's measurements, printed, not asserted: a SQLite file with 1,000,000 figures (100,000 articles, five outlets,
/// 2% of the figures reviewed), the Figures grid's page queries (first, deep, last, sorted, filtered), and a
/// 100,000-row CSV export's time and memory. Run: <c>dotnet run -c Release --project tests/CasualtyDashboard.Benchmarks -- grid [path]</c>.
/// The file is built once and reused (about a minute); delete it to rebuild.
/// </summary>
public static class FigureGridBenchmarks
{
    public const int Figures = 1_000_000;
    private const int FiguresPerArticle = 10;
    private static readonly string[] Regions = ["gaza", "west_bank", "lebanon", "syria", "yemen", "sudan", "israel", "iraq", "libya", "ukraine"];
    private static readonly string[] Authorities = ["gaza_moh", "gaza_gmo", "un_ocha", "lebanon_moh", "israel_army", "afp", "reuters", "unattributed", "who", "other:observatory"];
    private static readonly string[] Outlets = ["Al Jazeera", "RT Arabic", "BBC Arabic", "Al Mayadeen", "Asharq Al-Awsat"];

    /// <param name="only">"jumps": only the jumps by position and their background build (decision 076), after the file is built.</param>
    public static async Task<int> RunAsync(string? path, string? only = null)
    {
        path ??= Path.Combine(Path.GetTempPath(), "cd-grid-1m.db");
        var connectionString = $"Data Source={path};Pooling=True";
        var factory = new ReconcileJobMeasurement.Factory(connectionString);
        var build = Stopwatch.StartNew();
        var built = await EnsureDatabaseAsync(factory, connectionString);
        Console.WriteLine(built ? $"Built {path} with {Figures:N0} figures in {build.Elapsed.TotalSeconds:0} s" : $"Reusing {path}");
        Console.WriteLine($"File size {new FileInfo(path).Length / 1048576.0:N0} MiB (plus WAL)");

        Console.WriteLine();
        Console.WriteLine($"load average: {LoadAverage()}");
        if (only == "jumps")
        {
            await MeasureJumpsAsync(factory);
            return 0;
        }
        await MeasureKeysetAsync(factory);

        // Pages the Figures page cannot ask for by keyset (a jump to a page number, through the API or a page-size change):
        // read by position, deep ones from the ordered-ids snapshot (decision 017), built by the first ("cold") call.
        var grid = new FigureGridQuery(factory);
        Console.WriteLine();
        Console.WriteLine("Pages by position (a jump; 25 rows; count + ids + rows; cold = first call, then median / max of 7):");
        await MeasureAsync("deep page (row 400,000)", () => grid.PageAsync(FigureFilter.None, FigureSort.Default, 400_000, 25));
        await MeasureAsync("sorted by authority desc, row 300,000", () => grid.PageAsync(FigureFilter.None, new FigureSort(FigureSortColumn.Authority, true), 300_000, 25));
        await MeasureAsync("children by value, row 50,000", () => grid.PageAsync(new FigureFilter { Subgroup = FigureSubgroup.Children }, new FigureSort(FigureSortColumn.Value, false), 50_000, 25));
        await MeasureJumpsAsync(factory);
        await MeasureAsync("filter facets (regions, authorities, outlets)", () => grid.FacetsAsync());
        Console.WriteLine($"load average: {LoadAverage()}");

        Console.WriteLine();
        Console.WriteLine("CSV export of the raw figures (streamed to a counting sink):");
        var export = new FigureExportQuery(factory, new NoFigureFlags());
        foreach (var (label, filter) in new[]
        {
            ("~10,000 rows (missing, one region)", new FigureFilter { Category = FigureCategory.Missing, Region = "gaza" }),
            ("~100,000 rows (category missing)", new FigureFilter { Category = FigureCategory.Missing }),
        })
            await MeasureExportAsync(label, export, filter);
        return 0;
    }

    private static readonly (string Label, FigureFilter Filter)[] KeysetFilters =
    [
        ("no filter", FigureFilter.None),
        ("killed in gaza", new FigureFilter { Category = FigureCategory.Killed, Region = "gaza" }),
        ("un_ocha, 90 days", new FigureFilter { Authority = "un_ocha", From = new DateOnly(2024, 3, 1), To = new DateOnly(2024, 5, 29) }),
        ("children", new FigureFilter { Subgroup = FigureSubgroup.Children }),
        ("outlet BBC Arabic", new FigureFilter { Outlet = "BBC Arabic" }),
        ("review accepted", new FigureFilter { Review = ReviewState.Accepted }),
        ("review unreviewed", new FigureFilter { Review = ReviewState.Unreviewed }),
    ];

    private static readonly FigureSort[] KeysetSorts =
    [
        FigureSort.Default, new(FigureSortColumn.Value, false), new(FigureSortColumn.Value, true), new(FigureSortColumn.Id, false),
        new(FigureSortColumn.Category, false), new(FigureSortColumn.Subgroup, true), new(FigureSortColumn.Region, false), new(FigureSortColumn.Authority, true),
    ];

    /// <summary>
    /// What the Figures page asks for (decision 041), per filter and sort: the first page of a new filter and sort (a new
    /// query object, so the count is not cached: "new"), then again ("again", count cached); the next and previous pages
    /// around the middle of the order (a seek from a cursor there: any depth costs the same); the last page. Median of 3.
    /// </summary>
    private static async Task MeasureKeysetAsync(ReconcileJobMeasurement.Factory factory)
    {
        // The middle of every order: a value, date, code, region and authority half-way through their ranges.
        var middle = new FigureCursor(Figures / 2, 30_000, new DateOnly(2024, 9, 1), FigureCategory.Injured, FigureSubgroup.Civilians, "lebanon", "lebanon_moh");
        Console.WriteLine("Figures grid by keyset (25 rows incl. count and row reads; ms, median of 3; new = first page of a new filter+sort, uncached count):");
        Console.WriteLine($"  {"filter",-18} {"sort",-16} {"rows",9} {"first new",10} {"again",7} {"mid next",9} {"mid prev",9} {"last",7} {"count",8} {"exactly",9}");
        var worst = 0.0;
        foreach (var (label, filter) in KeysetFilters)
        {
            foreach (var sort in KeysetSorts)
            {
                var fresh = Stopwatch.StartNew();
                var first = await new FigureGridQuery(factory).PageAsync(filter, sort, 0, 25);
                var cold = fresh.Elapsed.TotalMilliseconds;
                var grid = new FigureGridQuery(factory);
                var total = first.Total;
                var lastSkip = Math.Max(0, (total - 1) / 25 * 25);
                var again = await MedianAsync(() => grid.PageAsync(filter, sort, 0, 25));
                // Within the filter: its own category, subgroup, region, authority and date range.
                var within = middle with
                {
                    Category = filter.Category ?? middle.Category, Subgroup = filter.Subgroup ?? middle.Subgroup, Region = filter.Region ?? middle.Region,
                    Authority = filter.Authority ?? middle.Authority,
                    ReportedOn = filter.From is { } from && filter.To is { } to ? from.AddDays((to.DayNumber - from.DayNumber) / 2) : middle.ReportedOn,
                };
                var next = await MedianAsync(() => grid.PageAsync(filter, sort, total / 2, 25, new FigureSeek(within, FigureSeekFrom.After)));
                var previous = await MedianAsync(() => grid.PageAsync(filter, sort, total / 2, 25, new FigureSeek(within, FigureSeekFrom.Before)));
                var last = await MedianAsync(() => grid.PageAsync(filter, sort, lastSkip, 25));
                worst = new[] { cold, again, next, previous, last, worst }.Max();
                // The count a capped page left for the background (decision 058), timed apart: it is not on the page's path.
                var counting = Stopwatch.StartNew();
                var exact = first.TotalIsCapped ? await new FigureGridQuery(factory).CountAsync(filter) : total;
                var background = first.TotalIsCapped ? $"{counting.Elapsed.TotalMilliseconds,8:0.0}" : $"{"-",8}";
                Console.WriteLine($"  {label,-18} {$"{sort.Column}{(sort.Descending ? " desc" : "")}",-16} {(first.TotalIsCapped ? $"{total:N0}+" : $"{total:N0}"),9} {cold,10:0.0} {again,7:0.0} {next,9:0.0} {previous,9:0.0} {last,7:0.0} {background} {exact,9:N0}");
            }
        }
        Console.WriteLine($"  slowest of all: {worst:0.0} ms; load average: {LoadAverage()}");
    }

    private static readonly (string Label, FigureFilter Filter, FigureSort Sort, int Skip)[] Jumps =
    [
        ("no filter, newest first, row 400,000", FigureFilter.None, FigureSort.Default, 400_000),
        ("no filter, by value, row 500,000", FigureFilter.None, new FigureSort(FigureSortColumn.Value, false), 500_000),
        ("no filter, authority desc, row 300,000", FigureFilter.None, new FigureSort(FigureSortColumn.Authority, true), 300_000),
        ("children by value, row 50,000", new FigureFilter { Subgroup = FigureSubgroup.Children }, new FigureSort(FigureSortColumn.Value, false), 50_000),
        ("killed in gaza by value, row 20,000", new FigureFilter { Category = FigureCategory.Killed, Region = "gaza" }, new FigureSort(FigureSortColumn.Value, false), 20_000),
    ];

    /// <summary>
    /// A jump by position into the middle of a large order, as the Figures page meets it (decision 076), each case on a
    /// new query object (nothing cached): "cold", the jump with no snapshot; "build", the page's background build alone
    /// (<see cref="FigureGridQuery.WarmAsync"/>, off the page's path); "at once", the jump asked for 50 ms after the first
    /// page showed, while that build runs (it waits for it); "warm", the jump after the build. Each is one call: a cold
    /// figure cannot be repeated on the same object. Median of 3 fresh objects.
    /// </summary>
    private static async Task MeasureJumpsAsync(ReconcileJobMeasurement.Factory factory)
    {
        Console.WriteLine();
        Console.WriteLine("Jumps by position with the page's background snapshot build (ms, median of 3, a new query object each):");
        Console.WriteLine($"  {"jump",-42} {"cold",8} {"build",8} {"at once",8} {"warm",8} {"cold CPU",9} {"build CPU",9}");
        foreach (var (label, filter, sort, skip) in Jumps)
        {
            var cold = new List<double>();
            var build = new List<double>();
            var atOnce = new List<double>();
            var warm = new List<double>();
            var coldCpu = new List<double>();
            var buildCpu = new List<double>();
            for (var round = 0; round < 3; round++)
            {
                var fresh = await ShownAsync(factory, filter, sort);
                var cpu = Environment.CpuUsage.TotalTime;
                cold.Add(await ElapsedAsync(() => fresh.PageAsync(filter, sort, skip, 25)));
                coldCpu.Add((Environment.CpuUsage.TotalTime - cpu).TotalMilliseconds);
                var warmed = await ShownAsync(factory, filter, sort);
                cpu = Environment.CpuUsage.TotalTime;
                build.Add(await ElapsedAsync(() => warmed.WarmAsync(filter, sort)));
                buildCpu.Add((Environment.CpuUsage.TotalTime - cpu).TotalMilliseconds);
                warm.Add(await ElapsedAsync(() => warmed.PageAsync(filter, sort, skip, 25)));
                var shown = await ShownAsync(factory, filter, sort);
                // As the page starts it (Task.Run: SQLite's reads complete synchronously), 50 ms before the click.
                var warming = Task.Run(() => shown.WarmAsync(filter, sort));
                await Task.Delay(50);
                atOnce.Add(await ElapsedAsync(() => shown.PageAsync(filter, sort, skip, 25)));
                await warming;
            }
            // The process's CPU (all threads) during the cold jump and the build alone: the figure to compare at a high load average.
            Console.WriteLine($"  {label,-42} {Median(cold),8:0.0} {Median(build),8:0.0} {Median(atOnce),8:0.0} {Median(warm),8:0.0} {Median(coldCpu),9:0.0} {Median(buildCpu),9:0.0}");
        }
        Console.WriteLine($"  load average: {LoadAverage()}");
    }

    /// <summary>A new query object whose filter has its exact count and whose first page was read, as a shown page's.</summary>
    private static async Task<FigureGridQuery> ShownAsync(ReconcileJobMeasurement.Factory factory, FigureFilter filter, FigureSort sort)
    {
        var grid = new FigureGridQuery(factory);
        await grid.CountAsync(filter);
        await grid.PageAsync(filter, sort, 0, 25);
        return grid;
    }

    private static async Task<double> ElapsedAsync(Func<Task> run)
    {
        var clock = Stopwatch.StartNew();
        await run();
        return clock.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> times)
    {
        times.Sort();
        return times[times.Count / 2];
    }

    private static async Task<double> MedianAsync(Func<Task<FigurePage>> run)
    {
        var times = new List<double>();
        for (var i = 0; i < 3; i++)
        {
            var clock = Stopwatch.StartNew();
            var page = await run();
            times.Add(clock.Elapsed.TotalMilliseconds);
            if (page.Rows.Count == 0 && page.Total > 0) throw new InvalidOperationException("A keyset page came back empty.");
        }
        times.Sort();
        return times[1];
    }

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    private static async Task MeasureAsync<T>(string label, Func<Task<T>> run)
    {
        var cold = Stopwatch.StartNew();
        var result = await run();
        cold.Stop();
        var times = new List<double>();
        for (var i = 0; i < 7; i++)
        {
            var clock = Stopwatch.StartNew();
            await run();
            times.Add(clock.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        var rows = result is FigurePage page ? $"{page.Rows.Count} rows of {page.Total:N0}" : "";
        Console.WriteLine($"  {label,-48} cold {cold.Elapsed.TotalMilliseconds,7:0.0} ms   median {times[3],7:0.0} ms   max {times[^1],7:0.0} ms   {rows}");
    }

    private static Task MeasureExportAsync(string label, FigureExportQuery export, FigureFilter filter) =>
        StreamedExportMeasurement.RunAsync(label, 40, export.StreamAsync(filter),
            (sink, rows) => new CsvExportWriter().WriteAsync(sink, FigureExportColumns.Table, rows, new ExportOptions(Hxl: true)));

    /// <summary>Creates the file and fills it, unless it already holds the figures. Returns true when it built it.</summary>
    internal static async Task<bool> EnsureDatabaseAsync(ReconcileJobMeasurement.Factory factory, string connectionString)
    {
        await using (var db = factory.CreateDbContext())
        {
            await db.Database.MigrateAsync();
            if (await db.Figures.CountAsync() >= Figures) return false;
        }
        // Bulk rows go in through prepared ADO.NET commands in one transaction: EF's change tracker would take minutes here.
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using (var pragma = connection.CreateCommand())
        {
            pragma.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF;";
            await pragma.ExecuteNonQueryAsync();
        }
        await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync();
        var random = new Random(6);
        var now = DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm:ss");
        for (var o = 0; o < Outlets.Length; o++)
            await ExecAsync(connection, tx, "INSERT INTO Outlets (Id, Name) VALUES ($p0, $p1)", o + 1, Outlets[o]);

        var article = Prepare(connection, tx, "INSERT INTO Articles (Id, OutletId, Title, Url, Text, Published, ContentHash, Channel, State, Attempts, ExtractorVersion, CreatedAt) "
            + "VALUES ($p0, $p1, $p2, $p3, $p4, $p5, $p6, 'demo', 'Extracted', 0, 'bench', $p7)", 8);
        var figure = Prepare(connection, tx, "INSERT INTO Figures (Id, ArticleId, Value, Qualifier, Category, Subgroup, Region, Authority, ReportedOn, Basis, Since, Evidence, EvidenceStart, EvidenceLength, Rule, ExtractorVersion, CreatedAt) "
            + "VALUES ($p0, $p1, $p2, $p3, $p4, $p5, $p6, $p7, $p8, $p9, $p10, $p11, $p12, $p13, 'bench', 'bench', $p14)", 15);
        var start = new DateOnly(2023, 10, 7);
        string[] categories = ["killed", "killed", "killed", "killed", "injured", "injured", "injured", "injured", "injured", "missing"];
        string[] subgroups = ["all", "all", "all", "all", "children", "women", "civilians", "medical", "journalists", "elderly"];
        for (var a = 1; a <= Figures / FiguresPerArticle; a++)
        {
            var published = start.AddDays(random.Next(0, 700));
            await RunAsync(article, a, 1 + a % Outlets.Length, "حصيلة جديدة", $"https://example.org/{a}", "ارتفعت الحصيلة إلى 10022 شهيدا", published.ToString("yyyy-MM-dd"), $"hash{a}", now);
            for (var k = 0; k < FiguresPerArticle; k++)
            {
                var id = (a - 1) * FiguresPerArticle + k + 1;
                var reported = published.AddDays(-random.Next(0, 2));
                await RunAsync(figure, id, a, random.Next(1, 60_000), "exact", categories[random.Next(categories.Length)], subgroups[random.Next(subgroups.Length)],
                    Regions[random.Next(Regions.Length)], Authorities[random.Next(Authorities.Length)], reported.ToString("yyyy-MM-dd"), "cumulative",
                    start.ToString("yyyy-MM-dd"), "10022 شهيدا", 19, 11, now);
            }
        }
        await tx.CommitAsync();

        // 2% of the figures reviewed through the real service (the status table must be what it writes).
        var reviews = new FigureReviewService(factory, CurrentAnalyst.Named("benchmark"), TimeProvider.System);
        for (var i = 0; i < Figures / 50; i++)
        {
            var id = random.Next(1, Figures + 1);
            if (i % 3 == 0) await reviews.RejectAsync(id, "benchmark");
            else await reviews.AcceptAsync(id);
        }
        await using (var analyze = connection.CreateCommand())
        {
            analyze.CommandText = "ANALYZE;";
            await analyze.ExecuteNonQueryAsync();
        }
        return true;
    }

    private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction tx, string sql, int parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        for (var i = 0; i < parameters; i++) command.Parameters.Add(new SqliteParameter($"$p{i}", null));
        command.Prepare();
        return command;
    }

    private static async Task RunAsync(SqliteCommand command, params object[] values)
    {
        for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i];
        await command.ExecuteNonQueryAsync();
    }

    private static async Task ExecAsync(SqliteConnection connection, SqliteTransaction tx, string sql, params object[] values)
    {
        await using var command = Prepare(connection, tx, sql, values.Length);
        await RunAsync(command, values);
    }
}
