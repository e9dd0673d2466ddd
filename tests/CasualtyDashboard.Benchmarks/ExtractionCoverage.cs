using System.Text;
using CasualtyDashboard.Extraction;
using CasualtyDashboard.Extraction.Attribution;
using CasualtyDashboard.Extraction.Figures;
using CasualtyDashboard.Extraction.Languages.Arabic;
using CasualtyDashboard.Extraction.Model;
using CasualtyDashboard.Extraction.Tokenization;

namespace CasualtyDashboard.Benchmarks;

/// <summary>
/// `-- coverage N`: how much of the corpus's text can hold a figure at all (decision 084). Counts the sentences, their
/// characters and their words by what they hold (a count starter: digits, a number word, a dual noun, a vague
/// quantifier; a casualty word; a candidate), the words within a few tokens of a count starter, and then times the
/// stages after the analysis (candidates, mentions, the whole extraction) on the corpus and on the same articles cut
/// down to the sentences that hold a count starter or a casualty word: what those stages spend on the other sentences.
/// </summary>
public static class ExtractionCoverage
{
    public static int Run(int seconds)
    {
        var articles = DevCorpus.Load();
        var candidates = new CandidateList();
        long sentences = 0, starterSentences = 0, casualtySentences = 0, candidateSentences = 0;
        long chars = 0, starterChars = 0, eitherChars = 0, candidateChars = 0;
        long words = 0, starterWords = 0, eitherWords = 0, nearWords8 = 0, nearWords16 = 0, starters = 0, candidateCount = 0;
        var cut = new List<ArticleInput>(articles.Length);
        foreach (var article in articles)
        {
            var a = TextAnalysis.Analyze(article.Text);
            FigureFinder.Find(a, candidates);
            candidateCount += candidates.Count;
            var kept = new StringBuilder(article.Text.Length);
            var starterAt = new List<int>();
            for (var k = 0; k < a.Limit; k++)
            {
                if (StartsCount(a, k))
                {
                    starterAt.Add(k);
                }
            }

            starters += starterAt.Count;
            for (int k = 0, s = 0; k < a.Limit; k++)
            {
                if (!a.IsWord(k))
                {
                    continue;
                }

                while (s < starterAt.Count && starterAt[s] < k - 16)
                {
                    s++;
                }

                var distance = s < starterAt.Count ? Math.Abs(starterAt[s] - k) : int.MaxValue;
                if (s + 1 < starterAt.Count)
                {
                    distance = Math.Min(distance, Math.Abs(starterAt[s + 1] - k));
                }

                nearWords16 += distance <= 16 ? 1 : 0;
                nearWords8 += distance <= 8 ? 1 : 0;
            }

            for (var first = 0; first < a.Limit;)
            {
                var last = first;
                while (last + 1 < a.Limit && a.Sentence[last + 1] == a.Sentence[first])
                {
                    last++;
                }

                bool starter = false, casualty = false, candidate = false;
                var sentenceWords = 0;
                for (var k = first; k <= last; k++)
                {
                    starter |= StartsCount(a, k);
                    casualty |= a.IsWord(k) && a.Info[k] is { Category: not null };
                    sentenceWords += a.IsWord(k) ? 1 : 0;
                }

                foreach (var c in candidates)
                {
                    candidate |= a.Sentence[c.First] == a.Sentence[first];
                }

                var (start, length) = a.Text.ToOriginalSpan(a.Tokens[first].Start, a.Tokens[last].End);
                sentences++;
                chars += length;
                words += sentenceWords;
                (starterSentences, starterChars, starterWords) = starter ? (starterSentences + 1, starterChars + length, starterWords + sentenceWords) : (starterSentences, starterChars, starterWords);
                casualtySentences += casualty ? 1 : 0;
                (candidateSentences, candidateChars) = candidate ? (candidateSentences + 1, candidateChars + length) : (candidateSentences, candidateChars);
                if (starter || casualty)
                {
                    eitherChars += length;
                    eitherWords += sentenceWords;
                    kept.Append(article.Text, start, length).Append('\n');
                }

                first = last + 1;
            }

            cut.Add(article with { Text = kept.ToString() });
        }

        Console.WriteLine($"articles {articles.Length}; sentences {sentences:N0}, chars in sentences {chars:N0}, words {words:N0}; count starters {starters:N0}, candidates {candidateCount:N0}");
        Console.WriteLine($"sentences with a count starter {starterSentences:N0} ({Share(starterChars, chars)} of chars, {Share(starterWords, words)} of words); with a casualty word {casualtySentences:N0}; with either: {Share(eitherChars, chars)} of chars, {Share(eitherWords, words)} of words; with a candidate {candidateSentences:N0} ({Share(candidateChars, chars)} of chars)");
        Console.WriteLine($"words within 8 tokens of a count starter {Share(nearWords8, words)}, within 16 {Share(nearWords16, words)}");
        var extractor = new ArabicCasualtyExtractor();
        var mentions = new Mentions();
        var stages = ExtractionStages.FromAnalysisOn(candidates, mentions, extractor);
        // The articles that cost the most per char, after the passes above warmed the code up.
        foreach (var a in articles)
        {
            extractor.Extract(a);
        }

        // (Five rounds of 20 runs each, the least round kept: one read of the thread's CPU clock costs tens of µs on this
        // machine's virtual CPU, more than a short article's extraction, so it is read once per 20 runs.)
        var costs = new List<(double Ns, int Chars, int Figures, int Candidates, string Id)>();
        foreach (var a in articles)
        {
            var best = double.MaxValue;
            for (var r = 0; r < 5; r++)
            {
                var t0 = ThreadCpuTime.Now() ?? 0;
                for (var n = 0; n < 20; n++)
                {
                    extractor.Extract(a);
                }

                best = Math.Min(best, ((ThreadCpuTime.Now() ?? 0) - t0) / 20);
            }

            FigureFinder.Find(TextAnalysis.Analyze(a.Text), candidates);
            costs.Add((best * 1e9, a.Text.Length, extractor.Extract(a).Count, candidates.Count, a.Id ?? a.Title ?? "?"));
        }

        var total = costs.Sum(c => c.Ns);
        Console.WriteLine($"sum of the articles' best runs {total / 1e3:F0} µs ({total / articles.Sum(a => a.Text.Length):F2} ns per char); the ten costliest per char:");
        foreach (var c in costs.OrderByDescending(c => c.Ns / c.Chars).Take(10))
        {
            Console.WriteLine($"  {c.Id,-24} {c.Chars,7:N0} chars {c.Candidates,3} candidates {c.Figures,3} figures {c.Ns / 1e3,7:F1} µs {c.Ns / c.Chars,6:F1} ns per char");
        }

        Console.WriteLine("  by candidates per 1000 chars: " + string.Join("; ", costs.GroupBy(c => Math.Min(c.Candidates * 1000 / Math.Max(c.Chars, 1), 10)).OrderBy(g => g.Key)
            .Select(g => $"{g.Key}: {g.Count()} articles {g.Sum(c => c.Ns) / g.Sum(c => c.Chars):F1} ns per char")));

        foreach (var (name, set) in new[] { ("corpus", articles), ("cut", cut.ToArray()) })
        {
            var setChars = set.Sum(a => (long)a.Text.Length);
            foreach (var (stage, run) in stages)
            {
                var best = double.MaxValue;
                var warm = System.Diagnostics.Stopwatch.StartNew();
                while (warm.Elapsed.TotalSeconds < seconds)
                {
                    var passStart = ThreadCpuTime.Now() ?? 0;
                    foreach (var a in set)
                    {
                        run(a);
                    }

                    best = Math.Min(best, (ThreadCpuTime.Now() ?? 0) - passStart);
                }

                Console.WriteLine($"{name,-7} {setChars,9:N0} chars  {stage,-40} best pass {best * 1e6,8:F0} µs ({best * 1e9 / setChars,6:F2} ns per char of this set)");
            }
        }

        return 0;
    }

    private static bool StartsCount(TextAnalysis a, int k) =>
        a.Tokens[k].Kind == TokenKind.Number
        || (a.IsWord(k) && (a.PhraseAt[k] is { Kind: PhraseKind.Vague } || (a.Traits[k] & WordTraits.StartsCount) != 0));

    private static string Share(long part, long whole) => $"{100.0 * part / Math.Max(whole, 1):F1}%";
}
