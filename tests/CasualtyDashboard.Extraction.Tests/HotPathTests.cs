using System.Text.Json;
using CasualtyDashboard.Extraction.Attribution;
using CasualtyDashboard.Extraction.Languages.Arabic;
using CasualtyDashboard.Extraction.Model;
using CasualtyDashboard.Extraction.Schema;
using CasualtyDashboard.Extraction.Tests.Support;
using CasualtyDashboard.Extraction.Tokenization;

namespace CasualtyDashboard.Extraction.Tests;

/// <summary>
/// The hot path's shortcuts (decision 066) answer exactly what the long way answers, on every token of the shared corpus
/// (seed, dev, dev2, the generalisation cases) and on an endless sentence: the per-article table of sentence bounds, and
/// the screen that spares <see cref="BasisResolver"/>'s first look at a word that can mark no basis, and what the
/// analysis copies out of the entries (roles, the phrases' next letters), and the headline answers kept per article.
/// </summary>
public sealed class HotPathTests
{
    public static TheoryData<string> Sets => new() { "seed", "dev", "dev2", "generalisation" };

    [Theory]
    [MemberData(nameof(Sets))]
    public void SentenceBounds_MatchTheWalkOverTheSentence(string set)
    {
        var compared = 0;
        foreach (var article in Articles(set).Append(new ArticleInput(string.Concat(Enumerable.Repeat("قتل 5 أشخاص في غزة، ", 400)), null)))
        {
            var a = TextAnalysis.Analyze(article.Text);
            for (var first = 0; first < a.Limit; first++)
            {
                for (var last = first; last < a.Limit && last <= first + 3; last++)
                {
                    Assert.Equal(Walk(a, first, last), a.SentenceBounds(first, last));
                    compared++;
                }
            }
        }

        Assert.True(compared > 100, $"only {compared} token pairs compared");
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public void MarkerScreen_PassesEveryMarker(string set)
    {
        var (screened, markers) = (0, 0);
        foreach (var article in Articles(set))
        {
            var a = TextAnalysis.Analyze(article.Text);
            for (var k = 0; k < a.Count; k++)
            {
                var passes = BasisResolver.MayMark(a, k);
                foreach (var region in new[] { null, "gaza", "west_bank", "lebanon", "israel", "syria" })
                {
                    var found = BasisResolver.Marker(a, k, article.Published, region, out _);
                    Assert.True(passes || found is null, $"{article.Id}: token {k} «{a.Span(k)}» marks {found} but the screen passes it over");
                    markers += found is null ? 0 : 1;
                }

                screened += passes ? 0 : 1;
            }
        }

        // (The screen must also screen: most words are no marker.)
        Assert.True(markers > 0 && screened > 0, $"{markers} markers, {screened} tokens screened out");
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public void CopiedFacts_MatchTheEntry(string set)
    {
        var (roles, starters) = (0, 0);
        foreach (var article in Articles(set))
        {
            var a = TextAnalysis.Analyze(article.Text);
            for (var k = 0; k < a.Count; k++)
            {
                // The roles copied beside the token (decision 070) are the entry's, and none for an unknown word or no word.
                var info = a.IsWord(k) ? a.Info[k] : null;
                Assert.Equal(info?.Roles ?? WordRole.None, a.Roles[k]);
                roles += a.Roles[k] != WordRole.None ? 1 : 0;
                if (info?.Phrases is { } phrases)
                {
                    // The string MatchPhrases screens by holds the phrases' next letters in the phrases' order: a phrase
                    // added to an entry other than through LexiconBuilder.Phrase would leave it stale.
                    Assert.Equal(string.Concat(phrases.Select(p => p.NextLast)), info.PhraseNextLasts);
                    Assert.Equal(Stem.NextLetters(info.PhraseNextLasts), ArabicLexicon.Find(a.Span(k), out _).PhraseLetters);
                    starters++;
                }
            }
        }

        Assert.True(roles > 0 && starters > 0, $"{roles} tokens with roles, {starters} phrase starters");
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public void HeadlineAnswers_KeptForTheArticle_MatchTheScan(string set)
    {
        var asked = 0;
        foreach (var article in Articles(set))
        {
            var a = TextAnalysis.Analyze(article.Text);
            // Asked from the last token back, then again forwards: the answers kept (decision 079) are this article's,
            // never the last article's, whatever the order they were first asked in.
            var reach = Math.Min(a.Count - 1, ReportFrame.HeadlineReach + 5);
            foreach (var k in Enumerable.Range(-1, reach + 2).Reverse().Concat(Enumerable.Range(-1, reach + 2)))
            {
                var expected = ReportFrame.FindHeadline(a, k) && k <= ReportFrame.HeadlineReach;
                Assert.Equal(expected, ReportFrame.IsHeadline(a, k));
                asked++;
            }
        }

        Assert.True(asked > 100, $"only {asked} tokens asked");
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public void LookUpThroughTheCache_FindsWhatStrippingFinds(string set)
    {
        var (words, known, phrases) = (0, 0, 0);
        foreach (var article in Articles(set))
        {
            var a = TextAnalysis.Analyze(article.Text);
            for (var k = 0; k < a.Count; k++)
            {
                if (!a.IsWord(k))
                {
                    continue;
                }

                // The thread's SurfaceCache (decision 074) holds words of earlier articles and tests: what it answers is
                // what the clitics stripped one by one find.
                var info = ArabicLexicon.Strip(a.Span(k), out var prefix);
                Assert.Same(info, a.Info[k]);
                Assert.Equal(info is null ? 0 : prefix, a.Prefix[k]);
                words++;
                known += info is null ? 0 : 1;

                // The phrase found is the first of the entry's phrases whose words all follow, with no screen by letters.
                var expected = info?.Phrases?.FirstOrDefault(p => p.Rest.Select((w, r) => k + 1 + r < a.Count
                    && a.Tokens[k + 1 + r].Kind is TokenKind.Word or TokenKind.Number && ArabicLexicon.Matches(a.Span(k + 1 + r), w)).All(m => m));
                Assert.Same(expected, a.PhraseAt[k]);
                phrases += expected is null ? 0 : 1;
            }
        }

        Assert.True(known > 0 && known < words && phrases > 0, $"{words} words, {known} known, {phrases} phrases");
    }

    [Fact]
    public void SurfaceCache_AnswersEveryFormAsTheTableDoes()
    {
        // Every entry's form bare, with و and with ال, then the same again, through one fresh cache of 16,384 lines: forms
        // evict one another and come back, and each answer is still the table's own.
        var cache = new SurfaceCache();
        var forms = ArabicLexicon.Forms.SelectMany(f => new[] { f, "و" + f, "ال" + f, f + "ين" }).ToList();
        var (cached, kept) = (0, 0);
        for (var round = 0; round < 2; round++)
        {
            foreach (var form in forms)
            {
                var expected = ArabicLexicon.Find(form, out var prefix).Info;
                var found = ArabicLexicon.Find(form, cache, out var cachedPrefix).Info;
                Assert.Same(expected, found);
                Assert.Equal(prefix, cachedPrefix);
                cached += form.Length <= SurfaceCache.LongestKey ? 1 : 0;
                kept += expected is null ? 0 : 1;
            }
        }

        Assert.True(cached > 1000 && kept > 1000, $"{cached} forms short enough for the cache, {kept} found");
    }

    // The first and last token of the sentence holding [first, last], walked token by token (TextAnalysis before 066).
    private static (int, int) Walk(TextAnalysis a, int first, int last)
    {
        var sentence = a.Sentence[first];
        var start = first;
        while (start > 0 && a.Sentence[start - 1] == sentence)
        {
            start--;
        }

        var end = last;
        while (end + 1 < a.Limit && a.Sentence[end + 1] == sentence)
        {
            end++;
        }

        return (start, end);
    }

    private static IEnumerable<ArticleInput> Articles(string set)
    {
        if (set != "generalisation")
        {
            return File.ReadLines(SharedCorpus.Path("corpus", $"{set}-articles.jsonl")).Where(l => l.Length > 0).Select(l => SchemaJson.ReadArticle(l).Article);
        }

        return File.ReadLines(SharedCorpus.Path("corpus", "generalisation-cases.jsonl")).Where(l => l.Length > 0).Select(line =>
        {
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            var published = root.TryGetProperty("published", out var p) && p.ValueKind == JsonValueKind.String ? DateOnly.Parse(p.GetString()!, System.Globalization.CultureInfo.InvariantCulture) : (DateOnly?)null;
            return new ArticleInput(root.GetProperty("text").GetString()!, published, null, root.GetProperty("id").GetString());
        }).ToList();
    }
}
