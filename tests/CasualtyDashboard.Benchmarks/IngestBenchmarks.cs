using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using CasualtyDashboard.E2E.Tests;
using CasualtyDashboard.E2E.Tests.Ingestion;

namespace CasualtyDashboard.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project tests/CasualtyDashboard.Benchmarks -- ingest-quick [COUNT] [sqlite|postgres]</c>: the
/// real app (Release build, Kestrel on 127.0.0.1, a fresh SQLite file, or a fresh database on the PostgreSQL server named
/// by <c>CASUALTY_TEST_POSTGRES</c>) takes COUNT synthetic Arabic articles (100,000 by default) through
/// <c>POST /api/articles</c> in requests of 1,000, then extracts them with the extract job; half-way it is killed
/// (SIGKILL) and restarted; the reconcile job the extraction wakes is timed to its end. Prints articles per second
/// through the API and through extraction, the reconciliation's time, the app's peak working set in each phase, and how
/// long the restart takes to resume. Measurements only: nothing is asserted.
/// </summary>
public static class IngestThroughput
{
    private const int RequestSize = 1_000;

    public static async Task<int> RunAsync(int count, string engine = "sqlite")
    {
        var web = WebOutput();
        var folder = Directory.CreateTempSubdirectory("cd-ingest-bench-").FullName;
        var postgres = engine == "postgres" ? await CasualtyDashboard.Data.Tests.PostgresDatabase.CreateAsync() : null;
        var database = postgres is null
            ? new AppDatabase(Path.Combine(folder, "casualty.db"))
            : AppDatabase.Server(CasualtyDashboard.Data.DatabaseProvider.PostgreSql, postgres.ConnectionString);
        var quiet = new Dictionary<string, string> { ["Demo:Enabled"] = "false", ["Logging:LogLevel:Default"] = "Warning" };
        if (postgres is not null)
        {
            quiet["Database:Provider"] = "PostgreSql";
            quiet["ConnectionStrings:Dashboard"] = postgres.ConnectionString;
        }
        var jobsOff = new Dictionary<string, string>(quiet)
        {
            ["Jobs:Enabled"] = "false",
            ["Logging:LogLevel:CasualtyDashboard.Jobs.Ingestion.ArticleIngestor"] = "Debug",
        };
        var jobsOn = new Dictionary<string, string>(quiet)
        {
            ["Jobs:Enabled"] = "true",
            // One line per batch with its stage times (StageTimings), summed below.
            ["Logging:LogLevel:CasualtyDashboard.Jobs.Extraction.ArticleExtractionService"] = "Debug",
        };
        Console.WriteLine($"{count:N0} synthetic articles, app {web}, database {postgres?.Name ?? folder}; {LoadAverage()}");
        try
        {
            var requests = Enumerable.Range(0, (count + RequestSize - 1) / RequestSize)
                .Select(r => SyntheticArticles.JsonLines(Math.Min(RequestSize, count - r * RequestSize), r * RequestSize)).ToList();
            Console.WriteLine($"payload {requests.Sum(r => (long)Encoding.UTF8.GetByteCount(r)) / 1048576.0:N1} MB in {requests.Count} requests");

            // 1. Through the API, scheduling off so only ingestion runs.
            await using (var app = await AppProcess.StartAsync(jobsOff, folder, web))
            {
                using var http = AppSessions.Client(app.BaseAddress, TimeSpan.FromMinutes(5));
                var watch = Stopwatch.StartNew();
                var stored = 0;
                foreach (var body in requests)
                {
                    using var response = await http.PostAsync("api/articles", new StringContent(body, Encoding.UTF8, "application/x-ndjson"));
                    var text = await response.Content.ReadAsStringAsync();
                    if (response.StatusCode != HttpStatusCode.Accepted) throw new InvalidOperationException($"{(int)response.StatusCode}: {text}");
                    stored += JsonDocument.Parse(text).RootElement.GetProperty("stored").GetInt32();
                }
                watch.Stop();
                Console.WriteLine(Line($"API: {stored:N0} stored in {watch.Elapsed.TotalSeconds:F1} s = {stored / watch.Elapsed.TotalSeconds:N0} articles/s; peak working set {PeakMiB(app):N0} MiB"));
                Console.WriteLine(StageTotals(app.Output));
            }

            // 2. Extraction into SQLite, killed half-way.
            int extractedAtKill;
            double firstRate;
            await using (var app = await AppProcess.StartAsync(jobsOn, folder, web))
            {
                var first = await database.WaitAsync(c => c.Extracted > 0, TimeSpan.FromMinutes(5), 100);
                var watch = Stopwatch.StartNew();
                var half = await database.WaitAsync(c => c.Extracted >= count / 2, TimeSpan.FromMinutes(30), 250);
                firstRate = (half.Extracted - first.Extracted) / watch.Elapsed.TotalSeconds;
                var peak = PeakMiB(app);
                await app.KillAsync();
                extractedAtKill = (await database.CountsAsync()).Extracted;
                Console.WriteLine(Line($"extraction: {half.Extracted - first.Extracted:N0} articles in {watch.Elapsed.TotalSeconds:F1} s = {firstRate:N0} articles/s; peak working set {peak:N0} MiB; SIGKILL with {extractedAtKill:N0} extracted"));
                Console.WriteLine(StageTotals(app.Output));
            }

            // 3. Restart on the same database: time to answer, time to the first newly extracted batch, then the rest.
            var restart = Stopwatch.StartNew();
            await using (var app = await AppProcess.StartAsync(jobsOn, folder, web))
            {
                var ready = restart.Elapsed;
                await database.WaitAsync(c => c.Extracted > extractedAtKill, TimeSpan.FromMinutes(5), 25);
                var resumed = restart.Elapsed;
                var watch = Stopwatch.StartNew();
                var done = await database.WaitAsync(c => c.Pending == 0, TimeSpan.FromMinutes(30), 250);
                var rest = done.Extracted - extractedAtKill;
                Console.WriteLine(Line($"restart: answering after {ready.TotalSeconds:F2} s, extracting again after {resumed.TotalSeconds:F2} s (process start to first new batch committed)"));
                Console.WriteLine(Line($"extraction after restart: {rest:N0} articles in {(resumed - ready + watch.Elapsed).TotalSeconds:F1} s = {rest / watch.Elapsed.TotalSeconds:N0} articles/s; peak working set {PeakMiB(app):N0} MiB"));
                Console.WriteLine(StageTotals(app.Output));
                var reconcile = await ReconcileAfterAsync(database, TimeSpan.FromMinutes(10));
                Console.WriteLine(Line($"reconciliation after the last batch: run {reconcile.Run.TotalSeconds:F1} s, ended {reconcile.SinceExtracted.TotalSeconds:F1} s after the last article was extracted"));
                var end = Line($"end: {done.Articles:N0} articles, {done.Extracted:N0} extracted, {done.Figures:N0} figures");
                Console.WriteLine(postgres is null ? end + Line($", database file {new FileInfo(Path.Combine(folder, "casualty.db")).Length / 1048576.0:N0} MB") : end);
                Console.WriteLine(LoadAverage());
            }
            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
            if (postgres is not null) await postgres.DisposeAsync();
        }
    }

    /// <summary>
    /// The first finished reconcile run that started after the last article was extracted (so it saw every figure): its
    /// own duration, and how long after that last extraction it ended.
    /// </summary>
    private static async Task<(TimeSpan Run, TimeSpan SinceExtracted)> ReconcileAfterAsync(AppDatabase database, TimeSpan timeout)
    {
        var started = DateTime.UtcNow;
        while (DateTime.UtcNow - started < timeout)
        {
            await using (var db = database.Open())
            {
                var lastExtracted = db.Articles.Max(a => a.ExtractedAt);
                var run = db.JobRuns.Where(r => r.JobName == CasualtyDashboard.Jobs.Jobs.ReconcileFiguresJob.Name && r.EndedAt != null && r.StartedAt >= lastExtracted)
                    .OrderBy(r => r.EndedAt).FirstOrDefault();
                if (run is not null) return (run.EndedAt!.Value - run.StartedAt, run.EndedAt.Value - lastExtracted!.Value);
            }
            await Task.Delay(250);
        }
        throw new TimeoutException($"No reconcile run ended within {timeout.TotalMinutes} min.");
    }

    /// <summary>
    /// The stage times of every extraction batch the app logged (<c>stages: claim=1.2 load=0.4 ... ms</c>, at Debug),
    /// summed per stage: where the extraction's time goes.
    /// </summary>
    private static string StageTotals(string output)
    {
        var totals = new Dictionary<string, double>();
        var batches = 0; // extraction batches, or ingested chunks
        foreach (System.Text.RegularExpressions.Match line in System.Text.RegularExpressions.Regex.Matches(output, @"stages: ([^\n]*?) ms"))
        {
            batches++;
            foreach (var pair in line.Groups[1].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var (stage, value) = (pair[..pair.IndexOf('=')], double.Parse(pair[(pair.IndexOf('=') + 1)..], CultureInfo.InvariantCulture));
                totals[stage] = totals.GetValueOrDefault(stage) + value;
            }
        }
        return Line($"  {batches} batches, summed stage times: ") + string.Join(", ", totals.Select(t => Line($"{t.Key} {t.Value / 1000:F1} s")));
    }

    internal static string LoadAverage() => File.Exists("/proc/loadavg") ? "load average " + string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "";

    private static string Line(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>The app's peak resident set (Linux VmHWM) so far.</summary>
    private static double PeakMiB(AppProcess app)
    {
        using var process = Process.GetProcessById(app.ProcessId);
        return process.PeakWorkingSet64 / 1048576.0;
    }

    /// <summary>The Web app built beside this benchmark (same configuration, framework and runtime).</summary>
    internal static string WebOutput()
    {
        var project = Path.Combine(RepoPaths.Root, "tests", "CasualtyDashboard.Benchmarks");
        return Path.GetFullPath(Path.Combine(RepoPaths.Root, "src", "CasualtyDashboard.Web", Path.GetRelativePath(project, AppContext.BaseDirectory)));
    }
}
