using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using CasualtyDashboard.E2E.Tests.Ingestion;
using Microsoft.Data.Sqlite;

namespace CasualtyDashboard.Benchmarks;

/// <summary>
/// The load mode's work figures, after the mixed load has ended and its articles are extracted: the server's CPU (all its
/// threads, <see cref="ProcessCpu"/>) per request of one kind at a time (each kind alone for <c>CASUALTY_LOAD_CPU</c>
/// requests, default 100, two at a time, in three rounds after 20 unmeasured; the least and the median of the rounds), and per article written and
/// extracted (posts of 5 as the writers send them, measured until the server is idle again: storing, extracting,
/// reconciling). The mixed load's wall times measure the neighbours on a shared machine; these measure the server's work.
/// With <c>CASUALTY_LOAD_VALUE_INDEX_AB=1</c> the write phase runs six times, alternating the figure table's value index
/// of decision 081 (value, id and the filter columns) with the plain value index before it, on the same file.
/// </summary>
public static class LoadCpuPhases
{
    private const int Concurrency = 2, WarmUp = 20, ArticlesPerPost = 5;

    private const int Rounds = 3;

    private static int Requests => int.TryParse(Environment.GetEnvironmentVariable("CASUALTY_LOAD_CPU"), out var n) ? n : 100;

    public static async Task RunAsync(HttpClient http, HttpClient writer, int pid, AppDatabase database, string databasePath, IReadOnlyList<string> otherPages, int firstArticle)
    {
        var requests = Requests;
        if (requests <= 0) return;
        await QuietAsync(pid, TimeSpan.FromSeconds(90));
        var idle = await IdleRateAsync(pid);
        Console.WriteLine(Line($"server CPU per request, each kind alone ({Rounds} rounds of {requests} requests per kind, {Concurrency} at a time, after {WarmUp}; the idle server used {idle * 1000:F1} ms of CPU a second before; {IngestThroughput.LoadAverage()}):"));
        Console.WriteLine($"  {"kind",-30} {"min ms",8} {"median",8} {"max",8} {"wall ms",8} {"KB",8}");
        using var series = JsonDocument.Parse(await http.GetStringAsync("api/series"));
        var ids = series.RootElement.GetProperty("series").EnumerateArray().Select(s => s.GetProperty("id").GetInt64()).ToList();
        var kinds = new List<(string Kind, int Count, Func<int, string> Path)>
        {
            ("GET / (dashboard page)", requests, _ => ""),
            ("GET /api/series", requests, _ => "api/series"),
            ("GET /api/series/{id}/points", requests, i => $"api/series/{ids[i % ids.Count]}/points"),
        };
        kinds.AddRange(otherPages.Select(page => ("  GET /" + page, requests, (Func<int, string>)(_ => page))));
        kinds.Add(("GET /api/export/figures.csv", Math.Max(1, requests / 20), _ => "api/export/figures.csv"));
        // Round by round, each kind in turn: a burst of background work (a reconciliation run, a recurring job) lands in
        // one kind's slice of one round, and the least of a kind's rounds is the figure least touched by it.
        var measured = kinds.ToDictionary(k => k.Kind, _ => new List<(double Cpu, double Wall, double Kb)>());
        foreach (var (kind, count, path) in kinds) await KindAsync(http, pid, count, path, WarmUp);
        for (var round = 0; round < Rounds; round++)
            foreach (var (kind, count, path) in kinds) measured[kind].Add(await KindAsync(http, pid, count, path, 0));
        foreach (var (kind, _, _) in kinds)
        {
            var cpu = measured[kind].Select(m => m.Cpu).Order().ToList();
            var (_, wall, kb) = measured[kind][0];
            Console.WriteLine(Line($"  {kind,-30} {cpu[0],8:F2} {cpu[cpu.Count / 2],8:F2} {cpu[^1],8:F2} {wall,8:F1} {kb,8:F1}"));
        }

        var next = firstArticle;
        var indexAb = Environment.GetEnvironmentVariable("CASUALTY_LOAD_VALUE_INDEX_AB") == "1";
        // Wide, plain, plain, wide, wide, plain: each index as often early as late, since each phase runs warmer than the last.
        foreach (var wide in indexAb ? new[] { true, false, false, true, true, false } : [true])
        {
            if (indexAb) await ValueIndexAsync(databasePath, wide);
            next = await WritesAsync(writer, pid, database, next, indexAb ? wide ? "wide value index (081)" : "plain value index" : "");
        }
        Console.WriteLine(IngestThroughput.LoadAverage());
    }

    /// <summary>The server's CPU rate while nobody asks anything (its timers, Hangfire's polling), over 5 s.</summary>
    private static async Task<double> IdleRateAsync(int pid)
    {
        var cpu = ProcessCpu.Seconds(pid);
        var watch = Stopwatch.StartNew();
        await Task.Delay(5_000);
        return (ProcessCpu.Seconds(pid) - cpu) / watch.Elapsed.TotalSeconds;
    }

    /// <summary>
    /// Waits until the server has used under 50 ms of CPU in each of two successive seconds (the jobs the load left, the
    /// JIT's background recompilation done), or <paramref name="limit"/>; returns the CPU time at the first of them.
    /// </summary>
    private static async Task<double> QuietAsync(int pid, TimeSpan limit)
    {
        var watch = Stopwatch.StartNew();
        double last = ProcessCpu.Seconds(pid), quietFrom = last;
        for (var quiet = 0; quiet < 2 && watch.Elapsed < limit;)
        {
            await Task.Delay(1_000);
            var now = ProcessCpu.Seconds(pid);
            if (now - last < 0.05) { if (quiet++ == 0) quietFrom = last; }
            else quiet = 0;
            last = now;
        }
        return quietFrom;
    }

    /// <summary>
    /// <paramref name="count"/> requests of one kind, <see cref="Concurrency"/> at a time: the server's CPU and the wall
    /// time per request (ms), and the answer's size (KB); with <paramref name="warmUp"/>, that many first, unmeasured.
    /// </summary>
    private static async Task<(double Cpu, double Wall, double Kb)> KindAsync(HttpClient http, int pid, int count, Func<int, string> path, int warmUp)
    {
        long bytes = 0;
        async Task Run(int to)
        {
            var next = -1;
            await Task.WhenAll(Enumerable.Range(0, Concurrency).Select(async _ =>
            {
                for (var i = Interlocked.Increment(ref next); i < to; i = Interlocked.Increment(ref next))
                {
                    using var response = await http.GetAsync(path(i), HttpCompletionOption.ResponseHeadersRead);
                    var body = await response.Content.ReadAsByteArrayAsync();
                    Interlocked.Add(ref bytes, body.Length);
                    if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"{(int)response.StatusCode} on GET /{path(i)}");
                }
            }));
        }
        if (warmUp > 0) await Run(Math.Min(warmUp, count));
        if (warmUp > 0) return default;
        var cpu = ProcessCpu.Seconds(pid);
        var watch = Stopwatch.StartNew();
        await Run(count);
        var used = ProcessCpu.Seconds(pid) - cpu;
        return (used * 1000 / count, watch.Elapsed.TotalMilliseconds / count * Concurrency, bytes / 1024.0 / count);
    }

    /// <summary>
    /// 100 posts of 5 articles, 5 at a time, then waits until they are extracted and the server's CPU rate has fallen back
    /// under 50 ms a second (the reconciliation after them done): CPU per article from the first post to that point.
    /// </summary>
    private static async Task<int> WritesAsync(HttpClient writer, int pid, AppDatabase database, int first, string label)
    {
        const int posts = 100, writers = 5;
        var before = await database.CountsAsync();
        var cpu = ProcessCpu.Seconds(pid);
        var watch = Stopwatch.StartNew();
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, writers).Select(async _ =>
        {
            for (var p = Interlocked.Increment(ref next); p < posts; p = Interlocked.Increment(ref next))
            {
                using var response = await writer.PostAsync("api/articles",
                    new StringContent(SyntheticArticles.JsonLines(ArticlesPerPost, first + p * ArticlesPerPost), Encoding.UTF8, "application/x-ndjson"));
                if (response.StatusCode != HttpStatusCode.Accepted) throw new InvalidOperationException($"writes: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            }
        }));
        var posting = ProcessCpu.Seconds(pid) - cpu;
        var postedIn = watch.Elapsed;
        var articles = posts * ArticlesPerPost;
        var after = await database.WaitAsync(c => c.Articles >= before.Articles + articles && c.Pending == 0, TimeSpan.FromMinutes(10), 250);
        var extracted = ProcessCpu.Seconds(pid) - cpu;
        var extractedIn = watch.Elapsed;
        var total = await QuietAsync(pid, TimeSpan.FromSeconds(60)) - cpu;
        Console.WriteLine(Line($"server CPU per article written{(label.Length > 0 ? $" ({label})" : "")}: {articles} articles ({after.Figures - before.Figures:N0} figures) in {posts} posts of {ArticlesPerPost}, {writers} at a time: {total * 1000 / articles:F2} ms an article to quiet (posting {posting * 1000 / articles:F2} ms in {postedIn.TotalSeconds:F1} s; to extracted {extracted * 1000 / articles:F2} ms in {extractedIn.TotalSeconds:F1} s); {IngestThroughput.LoadAverage()}"));
        return first + articles;
    }

    /// <summary>Puts the wide value index of decision 081 in place, or the plain one it replaced (the app's queries name neither on these pages).</summary>
    private static async Task ValueIndexAsync(string databasePath, bool wide)
    {
        await using var connection = new SqliteConnection($"Data Source={databasePath};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = wide
            ? """DROP INDEX IF EXISTS "IX_Figures_Value"; CREATE INDEX IF NOT EXISTS "IX_Figures_Value_Filters" ON "Figures" ("Value", "Id", "Category", "Subgroup", "Region", "Authority", "ReportedOn");"""
            : """DROP INDEX IF EXISTS "IX_Figures_Value_Filters"; CREATE INDEX IF NOT EXISTS "IX_Figures_Value" ON "Figures" ("Value");""";
        command.CommandTimeout = 120;
        await command.ExecuteNonQueryAsync();
    }

    private static string Line(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
