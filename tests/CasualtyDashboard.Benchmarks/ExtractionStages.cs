using System.Diagnostics;
using CasualtyDashboard.Extraction;
using CasualtyDashboard.Extraction.Attribution;
using CasualtyDashboard.Extraction.Figures;
using CasualtyDashboard.Extraction.Model;
using CasualtyDashboard.Extraction.Normalization;
using CasualtyDashboard.Extraction.Tokenization;

namespace CasualtyDashboard.Benchmarks;

/// <summary>
/// `-- stages`: where the extractor's time goes over the dev corpus, each stage run alone over every article for the same
/// time (normalising, tokenising, the whole analysis, candidates, mentions, the whole extraction); the later stages'
/// shares are their time less the earlier ones'.
/// </summary>
public static class ExtractionStages
{
    public static int Run(int seconds, string? only = null)
    {
        var articles = DevCorpus.Load();
        long chars = articles.Sum(a => (long)a.Text.Length);
        var normalized = new NormalizedText();
        var tokens = new List<Token>(4096);
        var candidates = new CandidateList();
        var mentions = new Mentions();
        var extractor = new ArabicCasualtyExtractor();
        (string Name, Action<ArticleInput> Run)[] stages =
        [
            ("normalise", a => ArabicNormalizer.Normalize(a.Text, normalized)),
            ("normalise+tokenise", a =>
            {
                ArabicNormalizer.Normalize(a.Text, normalized);
                tokens.Clear();
                Tokenizer.Tokenize(normalized.Chars.AsSpan(0, normalized.Length), tokens);
            }),
            ("analysis (+look-up, phrases, structure)", a => TextAnalysis.Analyze(a.Text)),
            ("+ candidates", a => FigureFinder.Find(TextAnalysis.Analyze(a.Text), candidates)),
            ("+ mentions", a =>
            {
                var t = TextAnalysis.Analyze(a.Text);
                FigureFinder.Find(t, candidates);
                Mentions.Collect(t, mentions);
            }),
            ("whole extraction", a => extractor.Extract(a)),
        ];
        Console.WriteLine($"articles {articles.Length}, chars per pass {chars:N0}; ns per char, cumulative");
        // `-- stages N whole` runs only the stages whose name holds "whole" (for a profiler).
        foreach (var (name, run) in stages.Where(s => only is null || s.Name.Contains(only, StringComparison.Ordinal)))
        {
            var warm = Stopwatch.StartNew();
            while (warm.Elapsed.TotalSeconds < 1)
            {
                foreach (var a in articles)
                {
                    run(a);
                }
            }

            long passes = 0;
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var cpu = ThreadCpuTime.Now();
            var watch = Stopwatch.StartNew();
            while (watch.Elapsed.TotalSeconds < seconds)
            {
                foreach (var a in articles)
                {
                    run(a);
                }

                passes++;
            }

            watch.Stop();
            var cpuNs = ThreadCpuTime.Now() - cpu is { } used ? used * 1e9 / (chars * passes) : double.NaN;
            allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
            var ns = watch.Elapsed.TotalMilliseconds * 1e6 / (chars * passes);
            Console.WriteLine($"{name,-42} {ns,7:F2} ns/char  {1000 / ns,7:F1} M chars/s wall; {cpuNs,7:F2} ns/char {1000 / cpuNs,7:F1} M chars/s thread CPU; {allocated / (double)(chars * passes),5:F2} B/char");
        }

        return 0;
    }
}
