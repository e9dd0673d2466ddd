using CasualtyDashboard.Extraction.Normalization;

namespace CasualtyDashboard.Extraction.Tests;

public sealed class ArabicNormalizerTests
{
    [Fact]
    public void Normalize_FoldsLettersDigitsAndDropsMarks()
    {
        var text = ArabicNormalizer.Normalize("أُصِيبَ ٣٬٠٠٠ شخـصٍ\u200F إلى مدينة");
        Assert.Equal("اصيب 3,000 شخص الي مدينه", text.Slice(0, text.Length));
    }

    [Fact]
    public void Normalize_OffsetMapPointsIntoOriginal()
    {
        const string original = "قُتِلَ ١٥ شخصاً";
        var text = ArabicNormalizer.Normalize(original);
        var normalized = text.Slice(0, text.Length);
        var at = normalized.IndexOf("15", StringComparison.Ordinal);
        var (start, length) = text.ToOriginalSpan(at, at + 2);
        Assert.Equal("١٥", original.Substring(start, length));
    }

    /// <summary>
    /// Normalising goes sixteen characters at a time where it can: any text, runs of letters or a mix of every kind of
    /// character, must come out as folding it character by character would give, with the same offsets.
    /// </summary>
    [Fact]
    public void Normalize_AnyText_EqualsFoldingEachCharacter()
    {
        var random = new Random(20241121);
        var sources = new[]
        {
            Enumerable.Range(0, 0x800).Select(c => (char)c).ToArray(),
            Enumerable.Range(0x0600, 0x100).Select(c => (char)c).ToArray(),
            "ابتثجحخدذرسشصضطظعغفقكلمنهويءآأإؤئةى ـ".ToCharArray(),
            "ABCXYZabcxyz 0123456789.,:;\n\t\0".ToCharArray(),
            "\u200B\u200F\u202B\uFEFF\u2028\u00A0\u06F5\u0660\u064B\u0670".ToCharArray(),
        };
        for (var n = 0; n < 2000; n++)
        {
            var length = random.Next(0, 120);
            var text = new char[length];
            var mostly = sources[random.Next(1, sources.Length)];
            for (var k = 0; k < length; k++)
            {
                var from = random.Next(10) == 0 ? sources[random.Next(sources.Length)] : mostly;
                text[k] = from[random.Next(from.Length)];
            }

            var original = new string(text);
            var expected = new System.Text.StringBuilder();
            var offsets = new List<int>();
            for (var k = 0; k < original.Length; k++)
            {
                if (ArabicNormalizer.Fold(original[k]) is not '\0' and var folded)
                {
                    expected.Append(folded);
                    offsets.Add(k);
                }
            }

            var normalized = ArabicNormalizer.Normalize(original);
            Assert.Equal(expected.ToString(), normalized.Slice(0, normalized.Length));
            for (var k = 0; k < offsets.Count; k++)
            {
                Assert.Equal(offsets[k], normalized.ToOriginal(k));
            }
        }
    }
}
