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
}
