using System.Diagnostics;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using CasualtyDashboard.Extraction;
using CasualtyDashboard.Extraction.Model;

namespace CasualtyDashboard.Benchmarks;

/// <summary>Extractor throughput over the development corpus (../shared/corpus beside the repository).</summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private readonly ArabicCasualtyExtractor _extractor = new();
    private ArticleInput[] _articles = [];

    [GlobalSetup]
    public void Setup() => _articles = DevCorpus.Load();

    /// <summary>Every dev and seed article once.</summary>
    [Benchmark]
    public int ExtractDevCorpus()
    {
        var figures = 0;
        foreach (var article in _articles)
        {
            figures += _extractor.Extract(article).Count;
        }

        return figures;
    }
}

/// <summary>The articles of the shared development corpus.</summary>
public static class DevCorpus
{
    public static ArticleInput[] Load()
    {
        var root = FindShared();
        return Directory.GetFiles(Path.Combine(root, "corpus"), "*-articles.jsonl")
            .SelectMany(File.ReadLines)
            .Where(line => line.Length > 0)
            .Select(line =>
            {
                using var doc = JsonDocument.Parse(line);
                var text = doc.RootElement.GetProperty("text").GetString() ?? "";
                var published = doc.RootElement.TryGetProperty("published", out var p) && p.ValueKind == JsonValueKind.String
                    ? DateOnly.Parse(p.GetString()!, System.Globalization.CultureInfo.InvariantCulture)
                    : (DateOnly?)null;
                return new ArticleInput(text, published);
            })
            .ToArray();
    }

    private static string FindShared()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "CasualtyDashboard.sln")) && dir.Parent is { } parent && Directory.Exists(Path.Combine(parent.FullName, "shared", "corpus")))
                {
                    return Path.Combine(parent.FullName, "shared");
                }
            }
        }

        throw new DirectoryNotFoundException("no shared/corpus beside the repository root");
    }
}

/// <summary>Quick mode: extracts the corpus repeatedly on one thread and prints characters per second and allocations.</summary>
public static class ExtractionThroughput
{
    private const int WarmUpSeconds = 3;

    public static int Run(int seconds)
    {
        var articles = DevCorpus.Load();
        var extractor = new ArabicCasualtyExtractor();
        long chars = articles.Sum(a => (long)a.Text.Length);
        // Warm up by time, not by passes: the JIT's tiering and profile-guided recompilation of the hot methods take about a
        // second of running (measured: 1 s runs gave half the speed of 15 s runs); the figure printed is the steady speed.
        var warmUp = Stopwatch.StartNew();
        while (warmUp.Elapsed.TotalSeconds < WarmUpSeconds)
        {
            foreach (var a in articles)
            {
                extractor.Extract(a);
            }
        }

        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var cpu = ThreadCpuTime.Now();
        var watch = Stopwatch.StartNew();
        long passes = 0;
        var bestPass = double.MaxValue;
        while (watch.Elapsed.TotalSeconds < seconds)
        {
            var passStart = ThreadCpuTime.Now();
            foreach (var a in articles)
            {
                extractor.Extract(a);
            }

            bestPass = ThreadCpuTime.Now() - passStart is { } pass ? Math.Min(bestPass, pass) : bestPass;
            passes++;
        }

        watch.Stop();
        var cpuSpeed = ThreadCpuTime.Now() - cpu is { } used ? chars * passes / used / 1e6 : double.NaN;
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        var total = chars * passes;
        var speed = total / watch.Elapsed.TotalSeconds / 1e6;
        // The same text through a bare scan that only finds digit runs: what the machine does now with the least work per
        // character, so that the extractor's figure can be read against it on a loaded machine (the ratio moves less
        // than either figure when other processes share the cores).
        var (baseline, cpuBaseline, bestScan, runs) = DigitRunSpeed(articles, seconds);
        Console.WriteLine($"articles {articles.Length}, chars per pass {chars:N0}, passes {passes} (after {WarmUpSeconds} s of warm-up)");
        Console.WriteLine($"throughput {speed:F1} M chars/s on one thread");
        Console.WriteLine($"digit-run scan {baseline:F1} M chars/s on one thread ({runs:N0} runs per pass); extractor / scan = {speed / baseline:F3}");
        // Thread-CPU time leaves out the time other processes had the core: steadier on a loaded machine (decision 029).
        Console.WriteLine($"in thread-CPU time: extractor {cpuSpeed:F1} M chars/s, scan {cpuBaseline:F1} M chars/s, ratio {cpuSpeed / cpuBaseline:F3}");
        // The least thread-CPU time of one pass: for the extractor (a few milliseconds a pass) the steadiest figure on a
        // loaded machine; the scan's pass is too short for its best to be steady, so the ratio is not (decision 039).
        Console.WriteLine($"best pass in thread-CPU time: extractor {chars / bestPass / 1e6:F1} M chars/s, scan {chars / bestScan / 1e6:F1} M chars/s, ratio {bestScan / bestPass:F3}");
        Console.WriteLine($"allocated {allocated / (double)total:F2} bytes per input char ({allocated / (double)(articles.Length * passes) / 1024:F1} KiB per article)");
        return 0;
    }

    /// <summary>M chars/s of <see cref="CountDigitRuns"/> over the articles (warmed up, then timed as long as the extractor).</summary>
    private static (double Speed, double CpuSpeed, double BestPass, long Runs) DigitRunSpeed(ArticleInput[] articles, int seconds)
    {
        long chars = articles.Sum(a => (long)a.Text.Length);
        long runs = 0;
        var warmUp = Stopwatch.StartNew();
        while (warmUp.Elapsed.TotalSeconds < 1)
        {
            foreach (var a in articles)
            {
                runs += CountDigitRuns(a.Text);
            }
        }

        long passes = 0;
        runs = 0;
        var cpu = ThreadCpuTime.Now();
        var watch = Stopwatch.StartNew();
        var bestPass = double.MaxValue;
        while (watch.Elapsed.TotalSeconds < seconds)
        {
            var passStart = ThreadCpuTime.Now();
            foreach (var a in articles)
            {
                runs += CountDigitRuns(a.Text);
            }

            bestPass = ThreadCpuTime.Now() - passStart is { } pass ? Math.Min(bestPass, pass) : bestPass;
            passes++;
        }

        watch.Stop();
        var cpuSpeed = ThreadCpuTime.Now() - cpu is { } used ? chars * passes / used / 1e6 : double.NaN;
        return (chars * passes / watch.Elapsed.TotalSeconds / 1e6, cpuSpeed, bestPass, runs / Math.Max(passes, 1));
    }

    /// <summary>The number of runs of digits (ASCII, Arabic-Indic, extended Arabic-Indic) in <paramref name="text"/>.</summary>
    public static int CountDigitRuns(string text)
    {
        var runs = 0;
        var inRun = false;
        foreach (var c in text)
        {
            var digit = char.IsAsciiDigit(c) || (uint)(c - '\u0660') <= 9 || (uint)(c - '\u06F0') <= 9;
            runs += digit && !inRun ? 1 : 0;
            inRun = digit;
        }

        return runs;
    }
}
