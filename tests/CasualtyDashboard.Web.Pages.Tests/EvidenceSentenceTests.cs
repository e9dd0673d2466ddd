using CasualtyDashboard.Web.Services;

namespace CasualtyDashboard.Web.Pages.Tests;

public sealed class EvidenceSentenceTests
{
    private static EvidenceSentence Cut(string text, string evidence) => EvidenceSentence.Cut(text, text.IndexOf(evidence, StringComparison.Ordinal), evidence.Length);

    [Fact]
    public void Cut_SpanInsideASentence_GivesTheWholeSentenceAroundIt()
    {
        const string text = "غارات على رفح. أعلنت وزارة الصحة ارتفاع الحصيلة إلى 10328 شهيدا منذ السابع من أكتوبر. وأضافت أن المستشفيات مكتظة.";

        var sentence = Cut(text, "10328 شهيدا");

        Assert.Equal("أعلنت وزارة الصحة ارتفاع الحصيلة إلى ", sentence.Before);
        Assert.Equal("10328 شهيدا", sentence.Evidence);
        Assert.Equal(" منذ السابع من أكتوبر.", sentence.After);
    }

    [Fact]
    public void Cut_DecimalPointAndArabicQuestionMark_OnlyTheQuestionMarkEndsTheSentence()
    {
        const string text = "هل ارتفع العدد؟ قال إن 2.5 بالمئة من 400 قتيل أطفال\nسطر آخر";

        var sentence = Cut(text, "400 قتيل");

        Assert.Equal("قال إن 2.5 بالمئة من ", sentence.Before);
        Assert.Equal(" أطفال", sentence.After);
    }

    [Fact]
    public void Cut_VeryLongSentence_KeepsTheSpanAndShortensTheSides()
    {
        var text = new string('ب', 1000) + " 17 قتيلا " + new string('ج', 1000);

        var sentence = Cut(text, "17 قتيلا");

        Assert.Equal("17 قتيلا", sentence.Evidence);
        Assert.Equal(EvidenceSentence.MaxSide + 1, sentence.Before.Length);
        Assert.StartsWith("…", sentence.Before);
        Assert.EndsWith("…", sentence.After);
    }
}
