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

    /// <summary>The app's folder, and its database: a SQLite file in it, or a fresh PostgreSQL database for <c>postgres</c>.</summary>
    private static async Task<(string Folder, CasualtyDashboard.Data.Tests.PostgresDatabase? Postgres, AppDatabase Database)> DatabaseAsync(string prefix, string engine)
    {
        var folder = Directory.CreateTempSubdirectory(prefix).FullName;
        var postgres = engine == "postgres" ? await CasualtyDashboard.Data.Tests.PostgresDatabase.CreateAsync() : null;
        var database = postgres is null
            ? new AppDatabase(Path.Combine(folder, "casualty.db"))
            : AppDatabase.Server(CasualtyDashboard.Data.DatabaseProvider.PostgreSql, postgres.ConnectionString);
        return (folder, postgres, database);
    }

    public static async Task<int> RunAsync(int count, string engine = "sqlite")
    {
        var web = WebOutput();
        var (folder, postgres, database) = await DatabaseAsync("cd-ingest-bench-", engine);
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
    /// <c>ingest-pipeline [COUNT] [sqlite|postgres]</c>: issue 11's number as a user meets it. One app with its jobs on (as
    /// deployed) takes COUNT synthetic articles through <c>POST /api/articles</c> in requests of 1,000 while its extract job
    /// already works on the first ones; the clock runs from the first request until a reconcile run that started after the
    /// last article was extracted has ended. No kill, no restart. Prints the time of each milestone, the app's CPU time
    /// (user + system: on a shared machine the wall time depends on the other processes, the CPU time much less; on two
    /// free cores the wall time cannot go below half of it) and how many extract and reconcile runs it took.
    /// </summary>
    public static async Task<int> RunPipelinedAsync(int count, string engine = "sqlite")
    {
        var web = WebOutput();
        var (folder, postgres, database) = await DatabaseAsync("cd-ingest-pipeline-", engine);
        var settings = new Dictionary<string, string>
        {
            ["Demo:Enabled"] = "false",
            ["Jobs:Enabled"] = "true",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:CasualtyDashboard.Jobs.Extraction.ArticleExtractionService"] = "Debug",
            ["Logging:LogLevel:CasualtyDashboard.Jobs.Ingestion.ArticleIngestor"] = "Debug",
        };
        if (postgres is not null)
        {
            settings["Database:Provider"] = "PostgreSql";
            settings["ConnectionStrings:Dashboard"] = postgres.ConnectionString;
        }
        Console.WriteLine($"{count:N0} synthetic articles, pipelined (jobs on while posting), app {web}, database {postgres?.Name ?? folder}; {LoadAverage()}");
        try
        {
            var requests = Enumerable.Range(0, (count + RequestSize - 1) / RequestSize)
                .Select(r => SyntheticArticles.JsonLines(Math.Min(RequestSize, count - r * RequestSize), r * RequestSize)).ToList();
            await using var app = await AppProcess.StartAsync(settings, folder, web);
            await database.CountsAsync(); // this process's model and queries are built before the clock starts
            using var process = Process.GetProcessById(app.ProcessId);
            var cpuAtStart = process.TotalProcessorTime;
            using var http = AppSessions.Client(app.BaseAddress, TimeSpan.FromMinutes(5));
            var watch = Stopwatch.StartNew();
            foreach (var body in requests)
            {
                using var response = await http.PostAsync("api/articles", new StringContent(body, Encoding.UTF8, "application/x-ndjson"));
                if (response.StatusCode != HttpStatusCode.Accepted) throw new InvalidOperationException($"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            }
            var posted = watch.Elapsed;
            int pendingAtPosted;
            await using (var db = database.Open()) pendingAtPosted = db.Articles.Count(a => a.State == CasualtyDashboard.Data.Entities.ArticleState.Pending);
            while (true)
            {
                await using (var db = database.Open())
                    if (!db.Articles.Any(a => a.State == CasualtyDashboard.Data.Entities.ArticleState.Pending)) break;
                if (watch.Elapsed > TimeSpan.FromMinutes(30)) throw new TimeoutException("Articles still pending after 30 min.");
                await Task.Delay(100);
            }
            var extracted = watch.Elapsed;
            var reconcile = await ReconcileAfterAsync(database, TimeSpan.FromMinutes(10), 50);
            var total = watch.Elapsed - reconcile.Lag;
            process.Refresh();
            var cpu = process.TotalProcessorTime - cpuAtStart;
            Console.WriteLine(Line($"posted: {count:N0} articles in {posted.TotalSeconds:F1} s = {count / posted.TotalSeconds:N0} articles/s through the API, {pendingAtPosted:N0} still pending then"));
            Console.WriteLine(Line($"extracted: all {count:N0} at {extracted.TotalSeconds:F1} s"));
            Console.WriteLine(Line($"reconciled: run of {reconcile.Run.TotalSeconds:F1} s ended at {total.TotalSeconds:F1} s = TOTAL from the first request"));
            await using (var db = database.Open())
            {
                int Runs(string job) => db.JobRuns.Count(r => r.JobName == job);
                Console.WriteLine(Line($"runs: {Runs(CasualtyDashboard.Jobs.Jobs.ExtractArticlesJob.Name)} extract, {Runs(CasualtyDashboard.Jobs.Jobs.ReconcileFiguresJob.Name)} reconcile; {db.Figures.Count():N0} figures"));
            }
            Console.WriteLine(Line($"app CPU time (user + system) from the first request: {cpu.TotalSeconds:F1} s; peak working set {PeakMiB(app):N0} MiB"));
            Console.WriteLine(StageTotals(string.Join('\n', app.Output.Split('\n').Where(l => !l.Contains("Ingested", StringComparison.Ordinal)))));
            Console.WriteLine("  ingest chunks:" + StageTotals(string.Join('\n', app.Output.Split('\n').Where(l => l.Contains("Ingested", StringComparison.Ordinal))))[1..]);
            Console.WriteLine(LoadAverage());
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
    private static async Task<(TimeSpan Run, TimeSpan SinceExtracted, TimeSpan Lag)> ReconcileAfterAsync(AppDatabase database, TimeSpan timeout, int pollMilliseconds = 250)
    {
        var started = DateTime.UtcNow;
        while (DateTime.UtcNow - started < timeout)
        {
            await using (var db = database.Open())
            {
                var lastExtracted = db.Articles.Max(a => a.ExtractedAt);
                var run = db.JobRuns.Where(r => r.JobName == CasualtyDashboard.Jobs.Jobs.ReconcileFiguresJob.Name && r.EndedAt != null && r.StartedAt >= lastExtracted)
                    .OrderBy(r => r.EndedAt).FirstOrDefault();
                if (run is not null) return (run.EndedAt!.Value - run.StartedAt, run.EndedAt.Value - lastExtracted!.Value, DateTime.UtcNow - run.EndedAt.Value);
            }
            await Task.Delay(pollMilliseconds);
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
