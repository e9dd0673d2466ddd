using CasualtyDashboard.Web.Services;

namespace CasualtyDashboard.Web.Tests.Dashboard;

public sealed class EvidenceSentenceTests
{
    private static EvidenceSentence Around(string text, string span) =>
        EvidenceSentence.Around(text, text.IndexOf(span, StringComparison.Ordinal), span.Length)!;

    [Fact]
    public void Around_ASpanInTheMiddleSentence_GivesThatSentenceWithItsFullStop()
    {
        var sentence = Around("قالت الوزارة. الحصيلة ارتفعت إلى 10238 شهيدا اليوم. وأضافت.", "ارتفعت إلى 10238");

        Assert.Equal(("الحصيلة ", "ارتفعت إلى 10238", " شهيدا اليوم."), (sentence.Before, sentence.Evidence, sentence.After));
    }

    [Fact]
    public void Around_StopsAtArabicQuestionMarksAndLineBreaks_NotAtADecimalPoint()
    {
        Assert.Equal("Toll at 10.5 thousand, the ministry said", Around("Why? Toll at 10.5 thousand, the ministry said\nNext line", "10.5 thousand").Text);
        Assert.Equal("ارتفع العدد إلى 50؟", Around("هل؟ ارتفع العدد إلى 50؟ نعم", "50").Text);
    }

    [Fact]
    public void Around_AVeryLongSentence_IsCutWithAnEllipsisEachSide()
    {
        var text = new string('a', 1000) + " 42 killed " + new string('b', 1000);

        var sentence = Around(text, "42 killed");

        Assert.StartsWith("…", sentence.Before, StringComparison.Ordinal);
        Assert.EndsWith("…", sentence.After, StringComparison.Ordinal);
        Assert.InRange(sentence.Text.Length, 9, (2 * EvidenceSentence.MaxSide) + 12);
    }

    [Fact]
    public void Around_ASpanOutsideTheText_IsNull()
    {
        Assert.Null(EvidenceSentence.Around("short", 3, 10));
        Assert.Null(EvidenceSentence.Around(null, 0, 1));
        Assert.Null(EvidenceSentence.Around("text", -1, 2));
    }
}
