using CasualtyDashboard.Extraction.Attribution;
using CasualtyDashboard.Extraction.Model;
using CasualtyDashboard.Extraction.Tokenization;

namespace CasualtyDashboard.Extraction.Tests;

/// <summary>
/// Texts that never end a sentence or a line (a page without full stops, a pasted table): the per-figure looks around a
/// sentence or the first line stay bounded, so extraction time stays linear in the text's length (issue 9). The timing
/// itself is measured by `-- scaling` in the benchmarks; these tests pin the mechanisms, which do not depend on the load.
/// </summary>
public sealed class LongTextTests
{
    // One clause of a report, ending with a comma and no full stop (eleven tokens).
    private const string Clause = "وأسفرت الغارة عن مقتل 5 أشخاص وإصابة 12 آخرين في مدينة غزة، ";

    [Fact]
    public void Analyze_EndlessSentence_IsCutAfterACommaPastTheLimit()
    {
        var a = TextAnalysis.Analyze(string.Concat(Enumerable.Repeat(Clause, 300)));

        var lengths = Enumerable.Range(0, a.Count).GroupBy(k => a.Sentence[k]).Select(g => g.Count()).ToList();
        Assert.True(lengths.Count > 1, "an endless sentence is cut");
        Assert.All(lengths, n => Assert.InRange(n, 1, TextAnalysis.LongSentence + 11));
        // Each cut follows a comma: no clause is split.
        for (var k = 1; k < a.Count; k++)
        {
            if (a.Sentence[k] != a.Sentence[k - 1])
            {
                Assert.Equal(TokenKind.Comma, a.Tokens[k - 1].Kind);
            }
        }
    }

    [Fact]
    public void Analyze_EndlessSentenceWithoutCommas_IsCutAnyway()
    {
        var a = TextAnalysis.Analyze(string.Concat(Enumerable.Repeat("قال المتحدث إن الوضع صعب ", 400)));

        var longest = Enumerable.Range(0, a.Count).GroupBy(k => a.Sentence[k]).Max(g => g.Count());
        Assert.Equal(3 * TextAnalysis.LongSentence / 2, longest);
    }

    [Fact]
    public void Analyze_OrdinaryLongSentence_IsNotCut()
    {
        var text = string.Concat(Enumerable.Repeat(Clause, 30)) + "وفق وزارة الصحة.";
        var a = TextAnalysis.Analyze(text);

        Assert.Equal(a.Sentence[0], a.Sentence[a.Count - 2]);
    }

    [Fact]
    public void IsHeadline_ShortFirstLine_IsHeadlineAndEndlessFirstLineIsNot()
    {
        var headline = TextAnalysis.Analyze("مقتل 5 أشخاص في غارة على غزة\nوأسفرت الغارة عن مقتل 5 أشخاص.");
        Assert.True(ReportFrame.IsHeadline(headline, 0));

        var endless = TextAnalysis.Analyze(string.Concat(Enumerable.Repeat("قال المتحدث إن الوضع صعب ", 2000)) + "\nنهاية");
        Assert.False(ReportFrame.IsHeadline(endless, 0));
    }

    [Fact]
    public void ContrastBetween_LongAndShortStretches_AgreeWithTheWords()
    {
        var words = Enumerable.Repeat("الوضع", 100).ToList();
        words[70] = "بينما";
        var a = TextAnalysis.Analyze(string.Join(' ', words));

        Assert.True(a.ContrastBetween(0, 99));   // long stretch, counted
        Assert.True(a.ContrastBetween(60, 80));  // short stretch, read
        Assert.False(a.ContrastBetween(0, 70));  // the contrast word itself is an end, not between
        Assert.False(a.ContrastBetween(70, 99));
        Assert.False(a.ContrastBetween(71, 99));
        Assert.True(a.ContrastBetween(-5, 71));
    }

    [Fact]
    public void Extract_ManyPlacesInOneSentence_TakesTheNearestNamedPlace()
    {
        // Places named before the figure in one long sentence, the nearest (Beirut, Lebanon) named last; another after a
        // contrast word (بينما): the figure's region is the nearest named place before it.
        var before = string.Concat(Enumerable.Repeat("وشهدت دمشق وحلب وحمص توترا، ", 60));
        var text = before + "وقتل 7 أشخاص في بيروت، بينما شهدت بغداد هدوءا.";
        var figure = Assert.Single(new ArabicCasualtyExtractor().Extract(new ArticleInput(text, new DateOnly(2024, 10, 1))));

        Assert.Equal(7, figure.Value);
        Assert.Equal("lebanon", figure.Region);
    }
}
