using CasualtyDashboard.Extraction.Model;

namespace CasualtyDashboard.Extraction.Tests;

/// <summary>
/// What every round of whole pages written for the project shares (issue 9): one extractor and the page test. A round's
/// class derives from this one and holds only its pages and their expected figures, as a static <c>Pages</c> member
/// (id, publication day "yyyy-MM-dd" or null, outlet, text, expected figures in the form
/// <see cref="UnseenPhrasingTests.Check(ArabicCasualtyExtractor, ArticleInput, string)"/> reads; "?" marks a figure
/// SCHEMA calls required: false).
/// </summary>
public abstract class UnseenPagesTestBase
{
    private protected static readonly ArabicCasualtyExtractor Extractor = new();

    // (xunit reads "Pages" on the class under test, the round's: the analyser looks for it on this one only.)
#pragma warning disable xUnit1015
    [Theory]
    [MemberData("Pages")]
#pragma warning restore xUnit1015
    public void Page_GivesItsFigures(string id, string? published, string? outlet, string text, string expected) =>
        UnseenPhrasingTests.CheckPage(Extractor, id, published, outlet, text, expected);
}
