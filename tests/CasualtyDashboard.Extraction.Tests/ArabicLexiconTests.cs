using CasualtyDashboard.Extraction.Attribution;
using CasualtyDashboard.Extraction.Languages.Arabic;
using CasualtyDashboard.Extraction.Model;
using CasualtyDashboard.Extraction.Tokenization;

namespace CasualtyDashboard.Extraction.Tests;

public sealed class ArabicLexiconTests
{
    // Clitic runs Lookup strips and some it does not, and endings it never strips.
    private static readonly string[] Before =
        ["", "و", "ف", "ب", "ل", "ك", "ال", "لل", "وال", "بال", "فال", "كال", "لال", "ولل", "فلل", "وب", "فب", "ول", "فل", "وك", "فك",
         "وبال", "ولال", "وكال", "فبال", "فلال", "فكال", "ا", "لا", "بل", "الل", "وو", "فو", "وف", "اال", "بب", "كل", "ي", "ت", "س"];

    private static readonly string[] After = ["", "ه", "ها", "هم", "ين", "ون", "ات", "ي", "ا"];

    /// <summary>
    /// Lookup reads a table of every form an entry takes with clitics, built from stripping them: for any word, the
    /// table must answer what stripping answers (entry and clitic length), found or not.
    /// </summary>
    [Fact]
    public void Lookup_AnyWord_AnswersAsStrippingClitics()
    {
        var mismatches = new List<string>();
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var form in ArabicLexicon.Forms)
        {
            foreach (var before in Before)
            {
                foreach (var after in After)
                {
                    words.Add(before + form + after);
                }

                words.Add(before + form[1..]);
                words.Add(before + form[..^1]);
                if (form.StartsWith("ال", StringComparison.Ordinal))
                {
                    words.Add(before + form[2..]);
                }
            }
        }

        var random = new Random(20241121);
        const string letters = "ابتثجحخدذرسشصضطظعغفقكلمنهويء";
        for (var n = 0; n < 50_000; n++)
        {
            var word = new char[random.Next(1, 8)];
            for (var k = 0; k < word.Length; k++)
            {
                word[k] = letters[random.Next(letters.Length)];
            }

            words.Add(new string(word));
        }

        words.Add(new string('ب', 24));
        words.Add(new string('ب', 25));
        foreach (var word in words)
        {
            var found = ArabicLexicon.Lookup(word, out var prefix);
            var stripped = ArabicLexicon.Strip(word, out var strippedPrefix);
            if (!ReferenceEquals(found, stripped) || prefix != strippedPrefix)
            {
                mismatches.Add($"{word}: {found?.Form}/{prefix}, stripping gives {stripped?.Form}/{strippedPrefix}");
            }
        }

        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches.Take(20)));
    }

    /// <summary>Verbs that record a count are read from the word table, bare or after و, not after a preposition or the article.</summary>
    [Theory]
    [InlineData("وسجلت", true)]
    [InlineData("أحصت", true)]
    [InlineData("واستقبل", true)]
    [InlineData("السجل", false)]
    [InlineData("بسجل", false)]
    [InlineData("سجلات", false)]
    public void RecordsCount_ReadsTheWordTable(string word, bool records)
    {
        var a = TextAnalysis.Analyze(word);
        Assert.Equal(records, ReportFrame.RecordsCount(a, 0));
    }

    /// <summary>A sentence opening with في المقابل / على الصعيد turns away from the report before; في المقابلة does not.</summary>
    [Theory]
    [InlineData("وفي المقابل قتل جنديان", true)]
    [InlineData("وعلى الصعيد الميداني قتل ثلاثة", true)]
    [InlineData("على الجانب الآخر أصيب خمسة", true)]
    [InlineData("وفي الأثناء أصيب خمسة", true)]
    [InlineData("وفي المقابلة قال الوزير", false)]
    [InlineData("في الجانب الشرقي أصيب خمسة", false)]
    public void OpensNewFrame_TurnWordsFromTheTable(string sentence, bool opens)
    {
        var a = TextAnalysis.Analyze(sentence);
        Assert.Equal(opens, ReportFrame.OpensNewFrame(a, 0, a.Count - 1));
    }

    /// <summary>The side a word names comes from the issuer table, whatever clitics it carries.</summary>
    [Theory]
    [InlineData("للنظام", FigureSubgroup.Soldiers)]
    [InlineData("الجيش", FigureSubgroup.Soldiers)]
    [InlineData("وحماس", FigureSubgroup.Fighters)]
    [InlineData("الحزب", FigureSubgroup.Fighters)]
    [InlineData("الحكومة", null)]
    public void SideOf_ReadsTheIssuerTable(string word, FigureSubgroup? side) =>
        Assert.Equal(side, TextAnalysis.Analyze(word).SideOf(0));
}
