extern alias cli;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using CasualtyDashboard.Data.Accounts;
using CasualtyDashboard.Data.Entities;
using CasualtyDashboard.E2E.Tests;
using CasualtyDashboard.E2E.Tests.Ingestion;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace CasualtyDashboard.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project tests/CasualtyDashboard.Benchmarks -- load [seconds=300] [readers=50] [writers=5] [circuits=100] [prefill=2000]</c>:
/// the real app (Release build, Kestrel on 127.0.0.1, a fresh SQLite file with the demo data and PREFILL synthetic
/// articles, jobs on) under a mixed load for SECONDS: READERS loops GET the dashboard page, the other pages,
/// <c>/api/series</c>, a series' points and the figures CSV export; WRITERS loops POST 5 synthetic articles each, at most
/// one request a second each. Prints per kind requests, errors and p50/p95/p99; the server's peak resident memory
/// (<c>/proc/PID/status</c>); the CSV export's rows/s; then waits until every posted article is extracted and says so;
/// then opens CIRCUITS real Blazor circuits (Chromium pages on the dashboard) and prints the managed heap per circuit
/// (through <c>/_diagnostics/memory</c>, on only for this run). Goals from issue 13 are printed beside the figures.
/// Accounts are on, as in production: readers and circuits use the session cookie of an Admin signed in through the real
/// sign-in form; writers send an ingest-only API key as <c>Authorization: Bearer</c>, made with <c>casualty keys add</c> on
/// the app's database (or <c>CASUALTY_LOAD_API_KEY</c> when set). After the load, <see cref="LoadCpuPhases"/> prints the
/// server's CPU per request of each kind alone and per article written: the work, which a shared machine does not blur.
/// Measurements only: nothing is asserted; the exit code is 1 when a request failed or an article was not extracted.
/// </summary>
public static class LoadMeasurement
{
    private const int ArticlesPerPost = 5;
    private const double PageGoalMs = 300, CsvGoalRowsPerSecond = 100_000, CircuitGoalKb = 500;

    private static readonly string[] OtherPages = ["figures", "conflicts", "articles", "annotations", "jobs", "feeds", "export", "audit", "import"];

    /// <summary>
    /// Each reader walks this cycle (starting at its own offset): pages and JSON most, one CSV export in ten. With
    /// <c>CASUALTY_LOAD_ONLY=KIND[,KIND]</c> (dashboard, series, page, points, csv) only those kinds' steps of it, to profile one kind alone.
    /// </summary>
    private static readonly string[] ReaderCycle = OnlyKinds(["dashboard", "series", "page", "points", "dashboard", "series", "page", "points", "dashboard", "csv"]);

    private static string[] OnlyKinds(string[] cycle) =>
        Environment.GetEnvironmentVariable("CASUALTY_LOAD_ONLY") is { Length: > 0 } only
            ? cycle.Where(only.Split(',', StringSplitOptions.TrimEntries).Contains).ToArray() is { Length: > 0 } kept ? kept
                : throw new ArgumentException($"CASUALTY_LOAD_ONLY={only}: none of dashboard, series, page, points, csv")
            : cycle;

    /// <summary>
    /// The page the circuits open: the dashboard, or with <c>CASUALTY_LOAD_CIRCUIT_PAGE</c> another path, such as
    /// <c>_diagnostics/empty</c> (the layout around nothing) or <c>_diagnostics/bare</c> (no layout): the floor a circuit costs in this app.
    /// </summary>
    private static string CircuitPage => Environment.GetEnvironmentVariable("CASUALTY_LOAD_CIRCUIT_PAGE") ?? "";

    public static async Task<int> RunAsync(int seconds, int readers, int writers, int circuits, int prefill)
    {
        var folder = Directory.CreateTempSubdirectory("cd-load-").FullName;
        var databasePath = Path.Combine(folder, "casualty.db");
        var database = new AppDatabase(databasePath);
        var settings = new Dictionary<string, string>
        {
            ["Demo:Enabled"] = "true", ["Jobs:Enabled"] = "true", ["Logging:LogLevel:Default"] = "Warning", ["Diagnostics:MemoryEndpoint"] = "true",
            // The API's limit is per account (Accounts:ApiPerMinute); the readers share one account here where 50 analysts
            // would have 50, so the one account gets the quota of as many accounts as there are readers.
            ["Accounts:ApiPerMinute"] = (new AccountsOptions().ApiPerMinute * Math.Max(1, readers)).ToString(CultureInfo.InvariantCulture),
        };
        var givenKey = Environment.GetEnvironmentVariable("CASUALTY_LOAD_API_KEY");
        Console.WriteLine(Line($"load: {seconds} s, {readers} readers, {writers} writers, {circuits} circuits, {prefill:N0} articles first; accounts on: readers and circuits signed in as an Admin (its API quota {settings["Accounts:ApiPerMinute"]}/min: one account's quota per reader), writers with {(string.IsNullOrEmpty(givenKey) ? "an ingest key" : "CASUALTY_LOAD_API_KEY")}; {IngestThroughput.LoadAverage()}"));
        try
        {
            await using var app = await AppProcess.StartAsync(settings, folder, IngestThroughput.WebOutput());
            var ingestKey = string.IsNullOrEmpty(givenKey) ? IngestKey(databasePath) : givenKey;
            using var http = Client(app.BaseAddress, readers, AppSessions.Jar(app.BaseAddress), bearer: null);
            using var writerHttp = Client(app.BaseAddress, writers, cookies: null, ingestKey);

            var prefilled = await PrefillAsync(writerHttp, http, database, prefill);
            var series = await SeriesIdsAsync(http);
            Console.WriteLine(Line($"ready: {prefilled.Articles:N0} articles, {prefilled.Figures:N0} figures, {series.Count} series; {IngestThroughput.LoadAverage()}"));

            var stats = new ConcurrentDictionary<string, KindStats>();
            var posted = new ConcurrentBag<long>();
            var duration = TimeSpan.FromSeconds(seconds);
            var clock = Stopwatch.StartNew();
            using var sampling = new CancellationTokenSource();
            var rss = SamplePeakRssAsync(app.ProcessId, sampling.Token);
            var listed = new SeriesList(series);
            var tasks = Enumerable.Range(0, readers).Select(r => ReadAsync(http, r, listed, stats, clock, duration))
                .Concat(Enumerable.Range(0, writers).Select(w => WriteAsync(writerHttp, prefill + 10_000 + w * 1_000_000, stats, posted, clock, duration)))
                .ToList();
            await Task.WhenAll(tasks);
            var elapsed = clock.Elapsed;
            await sampling.CancelAsync();
            var peakRssDuringLoad = await rss;

            var failed = Report(stats, elapsed, peakRssDuringLoad, ProcStatusKb(app.ProcessId, "VmHWM"));
            Console.WriteLine(Line($"  {listed.Gone:N0} points requests named a series a later reconciliation had removed (404 with its message, not counted as errors; the reader listed the series again)"));
            var lost = await WaitExtractedAsync(database, posted.ToList());
            await LoadCpuPhases.RunAsync(http, writerHttp, app.ProcessId, database, databasePath, OtherPages, prefill + 10_000 + (writers + 1) * 1_000_000);
            await MeasureCsvAloneAsync(http);
            await MeasureCircuitsAsync(http, app.BaseAddress, circuits, app.ProcessId);
            Console.WriteLine(IngestThroughput.LoadAverage());
            return failed || lost > 0 ? 1 : 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (Environment.GetEnvironmentVariable("CASUALTY_LOAD_KEEP") == "1") Console.WriteLine($"kept the app's folder: {folder}");
            else try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        }
    }

    private static HttpClient Client(Uri baseAddress, int connections, CookieContainer? cookies, string? bearer)
    {
        var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = connections + 4, AutomaticDecompression = DecompressionMethods.None,
            UseCookies = cookies is not null, CookieContainer = cookies ?? new CookieContainer(),
        };
        var http = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromMinutes(2) };
        if (!string.IsNullOrEmpty(bearer)) http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        return http;
    }

    /// <summary>An ingest-only key made on the app's database as an operator would, with <c>casualty keys add</c>.</summary>
    private static string IngestKey(string databasePath)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = new cli::CasualtyDashboard.Cli.Commands.KeysCommand()
            .Run(["add", $"load-writers-{Environment.ProcessId}", "--scope", "ingest", "--db", databasePath], output, error);
        if (code != 0) throw new InvalidOperationException($"casualty keys add failed ({code}): {error}");
        return output.ToString().TrimEnd().Split('\n')[^1].Trim();
    }

    /// <summary>Posts <paramref name="count"/> synthetic articles, waits until they and the demo articles are extracted and a series exists.</summary>
    private static async Task<(int Articles, int Figures)> PrefillAsync(HttpClient writer, HttpClient http, AppDatabase database, int count)
    {
        for (var from = 0; from < count; from += 500)
        {
            using var response = await writer.PostAsync("api/articles",
                new StringContent(SyntheticArticles.JsonLines(Math.Min(500, count - from), from), Encoding.UTF8, "application/x-ndjson"));
            if (response.StatusCode != HttpStatusCode.Accepted) throw new InvalidOperationException($"prefill: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
        var counts = await database.WaitAsync(c => c.Articles >= count && c.Pending == 0, TimeSpan.FromMinutes(20), 500);
        var deadline = DateTime.UtcNow.AddMinutes(5);
        while ((await SeriesIdsAsync(http)).Count == 0)
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("No reconciled series 5 minutes after extraction.");
            await Task.Delay(500);
        }
        return (counts.Articles, counts.Figures);
    }

    private static async Task<List<long>> SeriesIdsAsync(HttpClient http)
    {
        using var json = JsonDocument.Parse(await http.GetStringAsync("api/series"));
        return json.RootElement.GetProperty("series").EnumerateArray().Select(s => s.GetProperty("id").GetInt64()).ToList();
    }

    /// <summary>
    /// The series ids the readers ask for. A reconciliation run removes a series whose key no longer occurs (the writers'
    /// articles change the data), and its points then answer 404 with a message naming <c>/api/series</c>; a reader that
    /// meets that lists the series again, as a client would, and the 404 is counted apart from the errors.
    /// </summary>
    private sealed class SeriesList(IReadOnlyList<long> ids)
    {
        private volatile IReadOnlyList<long> _ids = ids;
        private int _gone;

        public IReadOnlyList<long> Ids => _ids;
        public int Gone => _gone;

        public async Task RelistAsync(HttpClient http)
        {
            Interlocked.Increment(ref _gone);
            var fresh = await SeriesIdsAsync(http);
            if (fresh.Count > 0) _ids = fresh;
        }
    }

    private static async Task ReadAsync(HttpClient http, int reader, SeriesList series, ConcurrentDictionary<string, KindStats> stats, Stopwatch clock, TimeSpan duration)
    {
        for (var i = reader; clock.Elapsed < duration; i++)
        {
            var kind = ReaderCycle[i % ReaderCycle.Length];
            var path = kind switch
            {
                "dashboard" => "",
                "page" => OtherPages[i / ReaderCycle.Length % OtherPages.Length],
                "series" => "api/series",
                "points" => $"api/series/{series.Ids[i % series.Ids.Count]}/points",
                _ => "api/export/figures.csv",
            };
            await TimeAsync(stats, Names[kind], kind == "page" ? "  GET /" + path : null, async () =>
            {
                using var response = await http.GetAsync(path, HttpCompletionOption.ResponseHeadersRead);
                if (kind == "points" && response.StatusCode == HttpStatusCode.NotFound)
                {
                    await series.RelistAsync(http);
                    return (true, 0, 0);
                }
                if (!response.IsSuccessStatusCode) stats[Names[kind]].LastError = $"{(int)response.StatusCode} on GET /{path}: {await response.Content.ReadAsStringAsync()}";
                await using var body = await response.Content.ReadAsStreamAsync();
                var (bytes, lines) = await DrainAsync(body);
                return (response.IsSuccessStatusCode, bytes, kind == "csv" ? Math.Max(0, lines - 1) : 0);
            });
        }
    }

    private static readonly Dictionary<string, string> Names = new()
    {
        ["dashboard"] = "GET / (dashboard page)", ["page"] = "GET other pages", ["series"] = "GET /api/series",
        ["points"] = "GET /api/series/{id}/points", ["csv"] = "GET /api/export/figures.csv",
    };

    private const string PostKind = "POST /api/articles (5)";

    private static async Task WriteAsync(HttpClient http, int first, ConcurrentDictionary<string, KindStats> stats, ConcurrentBag<long> posted, Stopwatch clock, TimeSpan duration)
    {
        for (var next = first; clock.Elapsed < duration; next += ArticlesPerPost)
        {
            var started = clock.Elapsed;
            var body = SyntheticArticles.JsonLines(ArticlesPerPost, next);
            await TimeAsync(stats, PostKind, null, async () =>
            {
                using var response = await http.PostAsync("api/articles", new StringContent(body, Encoding.UTF8, "application/x-ndjson"));
                var text = await response.Content.ReadAsStringAsync();
                if (response.StatusCode != HttpStatusCode.Accepted) return (false, text.Length, 0);
                using var json = JsonDocument.Parse(text);
                foreach (var item in json.RootElement.GetProperty("items").EnumerateArray())
                    if (item.GetProperty("status").GetString() == "stored") posted.Add(item.GetProperty("articleId").GetInt64());
                return (true, text.Length, 0);
            });
            var rest = TimeSpan.FromSeconds(1) - (clock.Elapsed - started);
            if (rest > TimeSpan.Zero) await Task.Delay(rest);
        }
    }

    /// <summary>Times one request under <paramref name="kind"/>, and under <paramref name="part"/> too when given (one of the other pages).</summary>
    private static async Task TimeAsync(ConcurrentDictionary<string, KindStats> stats, string kind, string? part, Func<Task<(bool Ok, long Bytes, long Rows)>> request)
    {
        var entry = stats.GetOrAdd(kind, _ => new KindStats());
        var partEntry = part is null ? null : stats.GetOrAdd(part, _ => new KindStats());
        var watch = Stopwatch.StartNew();
        (bool Ok, long Bytes, long Rows) result;
        try
        {
            result = await request();
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException or JsonException)
        {
            result = (false, 0, 0);
            entry.LastError = ex.Message;
        }
        entry.Add(watch.Elapsed.TotalMilliseconds, result.Ok, result.Bytes, result.Rows);
        partEntry?.Add(watch.Elapsed.TotalMilliseconds, result.Ok, result.Bytes, result.Rows);
    }

    private static async Task<(long Bytes, long Lines)> DrainAsync(Stream body)
    {
        var buffer = new byte[81920];
        long bytes = 0, lines = 0;
        int read;
        while ((read = await body.ReadAsync(buffer)) > 0)
        {
            bytes += read;
            lines += buffer.AsSpan(0, read).Count((byte)'\n');
        }
        return (bytes, lines);
    }

    /// <summary>Prints the table and the goals; true when some request failed.</summary>
    private static bool Report(ConcurrentDictionary<string, KindStats> stats, TimeSpan elapsed, long peakRssKb, long hwmKb)
    {
        Console.WriteLine(Line($"after {elapsed.TotalSeconds:F0} s ({IngestThroughput.LoadAverage()}):"));
        Console.WriteLine($"  {"kind",-30} {"requests",9} {"errors",7} {"p50 ms",8} {"p95 ms",8} {"p99 ms",8}  goal");
        var failed = false;
        foreach (var (kind, s) in stats.OrderBy(k => k.Key.TrimStart(), StringComparer.Ordinal).OrderBy(k => k.Key.StartsWith(' ')))
        {
            var (count, errors, p50, p95, p99) = s.Summary();
            failed |= errors > 0;
            var goal = kind.StartsWith("GET /api/export", StringComparison.Ordinal) || kind == PostKind ? ""
                : $"p95 < {PageGoalMs} ms: {(p95 < PageGoalMs ? "met" : "MISSED")}";
            Console.WriteLine(Line($"  {kind,-30} {count,9:N0} {errors,7:N0} {p50,8:F0} {p95,8:F0} {p99,8:F0}  {goal}"));
            if (s.LastError is { } error) Console.WriteLine($"    last error: {error}");
        }
        if (stats.TryGetValue(Names["csv"], out var csv) && csv.Rows > 0)
        {
            var rate = csv.Rows / (csv.TotalMs / 1000);
            var perRequest = csv.Rows / (double)csv.Summary().Count;
            Console.WriteLine(Line($"  figures CSV: {perRequest:N0} rows and {csv.Bytes / (double)csv.Summary().Count / 1048576:N2} MB a request, {rate:N0} rows/s while under load  (goal > {CsvGoalRowsPerSecond:N0} rows/s: {(rate > CsvGoalRowsPerSecond ? "met" : "MISSED")})"));
        }
        Console.WriteLine(Line($"  server resident memory: peak {peakRssKb / 1024.0:N0} MiB during the load (VmRSS sampled every 0.5 s), {hwmKb / 1024.0:N0} MiB since start (VmHWM)"));
        return failed;
    }

    /// <summary>Waits (up to 10 minutes) until every posted article is extracted; prints the count and returns how many are not.</summary>
    private static async Task<int> WaitExtractedAsync(AppDatabase database, IReadOnlyList<long> ids)
    {
        var watch = Stopwatch.StartNew();
        var extracted = 0;
        while (true)
        {
            extracted = 0;
            await using (var db = database.Open())
            {
                foreach (var chunk in ids.Chunk(500))
                    extracted += await db.Articles.CountAsync(a => chunk.Contains(a.Id) && a.State == ArticleState.Extracted);
            }
            if (extracted == ids.Count || watch.Elapsed > TimeSpan.FromMinutes(10)) break;
            await Task.Delay(500);
        }
        Console.WriteLine(Line($"posted articles: {ids.Count:N0} stored, {extracted:N0} extracted ({(extracted == ids.Count ? "every one" : $"{ids.Count - extracted:N0} NOT extracted")}) {watch.Elapsed.TotalSeconds:F1} s after the load ended"));
        return ids.Count - extracted;
    }

    /// <summary>One figures CSV export with nothing else asked of the server (the extraction has ended): its rows/s.</summary>
    private static async Task MeasureCsvAloneAsync(HttpClient http)
    {
        var watch = Stopwatch.StartNew();
        using var response = await http.GetAsync("api/export/figures.csv", HttpCompletionOption.ResponseHeadersRead);
        await using var body = await response.Content.ReadAsStreamAsync();
        var (bytes, lines) = await DrainAsync(body);
        var rate = (lines - 1) / watch.Elapsed.TotalSeconds;
        Console.WriteLine(Line($"figures CSV alone: {lines - 1:N0} rows, {bytes / 1048576.0:N2} MB in {watch.Elapsed.TotalMilliseconds:F0} ms = {rate:N0} rows/s  (goal > {CsvGoalRowsPerSecond:N0} rows/s: {(rate > CsvGoalRowsPerSecond ? "met" : "MISSED")}; {IngestThroughput.LoadAverage()})"));
    }

    /// <summary>
    /// Opens <paramref name="count"/> dashboard pages (or <see cref="CircuitPage"/>) in Chromium, each a circuit, and compares
    /// the server's managed heap with them against two baselines: before they opened, and after they have all closed
    /// again (the pages leave, so Blazor disposes their circuits). The second is the fairer one: by then the caches the
    /// first circuits filled (the data cache, JSON metadata, compiled code) are warm and stay, while a "before" taken
    /// right after the load may still hold a reconciliation version's entries that are released later.
    /// </summary>
    private static async Task MeasureCircuitsAsync(HttpClient http, Uri baseAddress, int count, int pid)
    {
        if (count <= 0) return;
        var before = await MemoryAsync(http);
        await HeapDumpAsync(pid, "before");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        // The circuits are the signed-in Admin's: the session cookie of the real sign-in.
        await using var context = await browser.NewContextAsync();
        await context.AddCookiesAsync(AppSessions.Jar(baseAddress).GetCookies(baseAddress)
            .Select(c => new Microsoft.Playwright.Cookie { Name = c.Name, Value = c.Value, Domain = baseAddress.Host, Path = "/" }).ToList());
        var pages = new List<IPage>();
        var watch = Stopwatch.StartNew();
        var ready = CircuitPage.Length == 0 ? ChartDrawn : Interactive;
        for (var i = 0; i < count; i += 10)
        {
            var batch = await Task.WhenAll(Enumerable.Range(0, Math.Min(10, count - i)).Select(async _ =>
            {
                var page = await context.NewPageAsync();
                // As long as the chart's wait: on a busy machine 10 pages opening at once can take longer than Playwright's 30 s.
                await page.GotoAsync(new Uri(baseAddress, CircuitPage).ToString(), new() { Timeout = 180_000 });
                await page.WaitForFunctionAsync(ready, null, new() { Timeout = 180_000 });
                return page;
            }));
            pages.AddRange(batch);
        }
        var opened = watch.Elapsed;
        var after = await MemoryAsync(http);
        await HeapDumpAsync(pid, "after");
        var perCircuit = (after.HeapBytes - before.HeapBytes) / (double)count / 1024;
        Console.WriteLine(Line($"circuits: {count} pages of /{CircuitPage} open in Chromium ({opened.TotalSeconds:F0} s); server counts {after.Circuits} circuits (was {before.Circuits}); {IngestThroughput.LoadAverage()}"));
        Console.WriteLine(Line($"  managed heap after full GC: {before.HeapBytes / 1048576.0:N1} MiB before, {after.HeapBytes / 1048576.0:N1} MiB with them = {perCircuit:N0} KB per circuit against the heap before"));

        // Leaving the page (not just closing the tab) makes blazor.web.js tell the server, which disposes the circuit at once.
        foreach (var page in pages)
        {
            await page.GotoAsync("about:blank");
            await page.CloseAsync();
        }
        var closed = await MemoryAsync(http);
        for (var wait = Stopwatch.StartNew(); closed.Circuits > 0 && wait.Elapsed < TimeSpan.FromMinutes(2); closed = await MemoryAsync(http)) await Task.Delay(2_000);
        await HeapDumpAsync(pid, "closed");
        var perCircuitWarm = (after.HeapBytes - closed.HeapBytes) / (double)count / 1024;
        Console.WriteLine(Line($"  after they closed: {closed.Circuits} circuits, {closed.HeapBytes / 1048576.0:N1} MiB = {perCircuitWarm:N0} KB per circuit against the warm baseline  (goal < {CircuitGoalKb} KB: {(perCircuitWarm < CircuitGoalKb ? "met" : "MISSED")})"));
    }

    /// <summary>
    /// With <c>CASUALTY_LOAD_GCDUMP=FOLDER</c>, a <c>dotnet-gcdump</c> of the app (the tool on the PATH) before and after the
    /// circuits open, to diff by type (<c>dotnet-gcdump report</c>): what each circuit holds.
    /// </summary>
    private static async Task HeapDumpAsync(int pid, string name)
    {
        if (Environment.GetEnvironmentVariable("CASUALTY_LOAD_GCDUMP") is not { Length: > 0 } folder) return;
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name + ".gcdump");
        using var tool = Process.Start(new ProcessStartInfo("dotnet-gcdump", ["collect", "-p", pid.ToString(CultureInfo.InvariantCulture), "-o", path])
        {
            RedirectStandardOutput = true, RedirectStandardError = true,
        })!;
        await tool.WaitForExitAsync();
        Console.WriteLine(Line($"heap dump {name}: {path} (exit {tool.ExitCode})"));
    }

    private const string ChartDrawn =
        "() => Number(document.querySelector('[data-testid=trend-chart]')?.dataset.revision ?? 0) >= 1"
        + " && document.querySelector('[data-testid=trend-chart] .main-svg') !== null";

    /// <summary>A page other than the dashboard is ready once its circuit has rendered it (the diagnostics pages mark that).</summary>
    private const string Interactive = "() => document.querySelector('[data-circuit=on]') !== null";

    private static async Task<(long HeapBytes, int Circuits)> MemoryAsync(HttpClient http)
    {
        using var json = JsonDocument.Parse(await http.GetStringAsync("_diagnostics/memory"));
        return (json.RootElement.GetProperty("heapBytes").GetInt64(), json.RootElement.GetProperty("circuits").GetInt32());
    }

    /// <summary>The highest VmRSS seen, sampled every half second until cancelled.</summary>
    private static async Task<long> SamplePeakRssAsync(int pid, CancellationToken ct)
    {
        long peak = 0;
        while (!ct.IsCancellationRequested)
        {
            peak = Math.Max(peak, ProcStatusKb(pid, "VmRSS"));
            try { await Task.Delay(500, ct); } catch (OperationCanceledException) { break; }
        }
        return Math.Max(peak, ProcStatusKb(pid, "VmRSS"));
    }

    /// <summary>A <c>kB</c> line of <c>/proc/PID/status</c> (0 where there is none).</summary>
    private static long ProcStatusKb(int pid, string field)
    {
        var path = $"/proc/{pid}/status";
        if (!File.Exists(path)) return 0;
        var line = File.ReadLines(path).FirstOrDefault(l => l.StartsWith(field + ":", StringComparison.Ordinal));
        return line is null ? 0 : long.Parse(line[(field.Length + 1)..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
    }

    private static string Line(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private sealed class KindStats
    {
        private readonly List<double> _times = [];
        private int _errors;

        public long Bytes { get; private set; }
        public long Rows { get; private set; }
        public double TotalMs { get; private set; }
        public string? LastError { get; set; }

        public void Add(double ms, bool ok, long bytes, long rows)
        {
            lock (_times)
            {
                _times.Add(ms);
                TotalMs += ms;
                Bytes += bytes;
                Rows += rows;
                if (!ok) _errors++;
            }
        }

        public (int Count, int Errors, double P50, double P95, double P99) Summary()
        {
            lock (_times)
            {
                var sorted = _times.Order().ToList();
                double P(double q) => sorted.Count == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(q * sorted.Count) - 1, 0, sorted.Count - 1)];
                return (sorted.Count, _errors, P(0.50), P(0.95), P(0.99));
            }
        }
    }
}
