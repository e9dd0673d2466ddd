using CasualtyDashboard.Extraction.Languages.Arabic;

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
}
