using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using CasualtyDashboard.Reconciliation;
using CasualtyDashboard.Reconciliation.Claims;

namespace CasualtyDashboard.Benchmarks;

/// <summary>
/// Reconciling synthetic claims shaped like the corpus: 120 cumulative series and their daily counts, about eight claims
/// per point from six authorities, with transcription slips, stale citations and decreases sprinkled in.
/// Issue 5 asks for 1,000,000 claims in under a minute; <see cref="RunQuick"/> measures one cold run without BenchmarkDotNet.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class ReconciliationBenchmarks
{
    private IReadOnlyList<Claim> _claims = [];

    [Params(100_000, 1_000_000)]
    public int Claims { get; set; }

    [GlobalSetup]
    public void Setup() => _claims = SyntheticClaims(Claims);

    [Benchmark]
    public int Reconcile() => new Reconciler().Reconcile(_claims).Flags.Count;

    /// <summary>One timed run over <paramref name="count"/> claims, reporting time, allocation and peak working set.</summary>
    public static string RunQuick(int count = 1_000_000)
    {
        var claims = SyntheticClaims(count);
        GC.Collect();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        var result = new Reconciler().Reconcile(claims);
        clock.Stop();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        using var process = Process.GetCurrentProcess();
        return $"{count:N0} claims -> {result.Series.Count} series, {result.Series.Sum(s => s.Points.Count):N0} points, "
            + $"{result.Flags.Count:N0} flags in {clock.Elapsed.TotalSeconds:0.00} s; allocated {allocated / 1048576.0:N0} MiB, "
            + $"peak working set {process.PeakWorkingSet64 / 1048576.0:N0} MiB";
    }

    public static IReadOnlyList<Claim> SyntheticClaims(int count, int seed = 42)
    {
        string[] regions = ["gaza", "west_bank", "lebanon", "syria", "yemen", "sudan", "israel", "iraq", "libya", "ukraine",
            "egypt", "jordan", "iran", "russia", "turkey", "morocco", "india", "pakistan", "somalia", "mali"];
        string[] authorities = ["gaza_moh", "un_ocha", "afp", "reuters", "unattributed", "other:observatory"];
        string[] outlets = ["Al Jazeera", "RT Arabic", "BBC Arabic", "Al Mayadeen", "Asharq Al-Awsat", "Sky News Arabia"];
        var start = new DateOnly(2023, 10, 7);
        var keys = (from region in regions
                    from category in new[] { "killed", "injured" }
                    from subgroup in new[] { "all", "children", "women" }
                    select new SeriesKey(region, null, category, subgroup, Bases.Cumulative, start)).ToArray();
        var days = Math.Max(1, count / (keys.Length * 8));
        var random = new Random(seed);
        var claims = new List<Claim>(count);
        long id = 1;
        for (var day = 0; claims.Count < count; day = (day + 1) % days)
        {
            var date = start.AddDays(day);
            for (var k = 0; k < keys.Length && claims.Count < count; k++)
            {
                var rate = 10 + (k * 7 % 90);
                var truth = (long)(day + 1) * rate;
                var perPoint = random.Next(5, 12);
                for (var c = 0; c < perPoint && claims.Count < count; c++)
                {
                    var roll = random.NextDouble();
                    var isDaily = roll < 0.1;
                    var value = isDaily ? rate
                        : roll < 0.13 ? truth - random.Next(1, 5)
                        : roll < 0.15 ? truth - rate
                        : roll < 0.155 ? truth / 3
                        : truth;
                    var key = isDaily ? keys[k] with { Basis = Bases.Period, Since = date.AddDays(-1) } : keys[k];
                    claims.Add(new Claim(
                        id, key, date, value, Qualifiers.Exact, authorities[random.Next(authorities.Length)],
                        outlets[random.Next(outlets.Length)], id / 3, null, "synthetic",
                        date.ToDateTime(new TimeOnly(random.Next(24), random.Next(60)), DateTimeKind.Utc)));
                    id++;
                }
            }
        }

        return claims;
    }
}
