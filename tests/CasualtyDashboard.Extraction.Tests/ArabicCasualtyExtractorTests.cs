using CasualtyDashboard.Extraction.Schema;
using CasualtyDashboard.Extraction.Tests.Support;

namespace CasualtyDashboard.Extraction.Tests;

/// <summary>One data-driven case per phenomenon; the case file named after each test holds text, figures and the reason.</summary>
public sealed class ArabicCasualtyExtractorTests
{
    private static readonly ArabicCasualtyExtractor Extractor = new();

    [Theory, ArabicCase]
    public void Extract_ArabicIndicDigitsAndSeparators_ReturnsValues(ArabicCase c) => AssertCase(c);

    [Theory, ArabicCase]
    public void Extract_ScaleWordsAndCompounds_ReturnsValues(ArabicCase c) => AssertCase(c);

    [Theory, ArabicCase]
    public void Extract_NumberWords_ReturnsValues(ArabicCase c) => AssertCase(c);

    [Theory, ArabicCase]
    public void Extract_DualNouns_ReturnsTwo(ArabicCase c) => AssertCase(c);

    [Theory, ArabicCase]
    public void Extract_VagueQuantifiers_ReturnsLowerBound(ArabicCase c) => AssertCase(c);

    [Theory, ArabicCase]
    public void Extract_Hedges_SetQualifier(ArabicCase c) => AssertCase(c);

    [Theory, ArabicCase]
    public void Extract_SubgroupList_InheritsToll(ArabicCase c) => AssertCase(c);

    [Theory, ArabicCase]
    public void Extract_KilledAndInjuredTogether_ReturnsCasualties(ArabicCase c) => AssertCase(c);

    [Theory, ArabicCase]
    public void Extract_NonCasualtyNumbers_Ignored(ArabicCase c) => AssertCase(c);

    [Theory, ArabicCase]
    public void Extract_AppendedArticles_Ignored(ArabicCase c) => AssertCase(c);

    [Theory, ArabicCase]
    public void Extract_RepeatedParagraph_OneFigure(ArabicCase c) => AssertCase(c);

    [Theory, ArabicCase]
    public void Extract_MisspeltMinistry_AttributesLebanonMoh(ArabicCase c) => AssertCase(c);

    [Theory, ArabicCase]
    public void Extract_Period24Hours_SetsBasis(ArabicCase c) => AssertCase(c);

    [Theory, ArabicCase]
    public void Extract_ForwardVerb_BindsPersonNoun(ArabicCase c) => AssertCase(c);

    [Theory, ArabicCase]
    public void Extract_IssuerNamedByKindOrTitle_Attributes(ArabicCase c) => AssertCase(c);

    [Theory, ArabicCase]
    public void Extract_AidSeekerTollsArePartsOnlyUnderALargerToll(ArabicCase c) => AssertCase(c);

    [Theory, ArabicCase]
    public void Extract_PartsOfToll_AreOther(ArabicCase c) => AssertCase(c);

    [Theory, ArabicCase]
    public void Extract_CountsAfterToll_NotListedUnlessJoined(ArabicCase c) => AssertCase(c);

    [Theory, ArabicCase]
    public void Extract_LeadRestatedWithIssuer_TakesIssuer(ArabicCase c) => AssertCase(c);

    [Theory, ArabicCase]
    public void Extract_TrailingModifier_QualifiesJoinedNouns(ArabicCase c) => AssertCase(c);

    [Theory, ArabicCase]
    public void Extract_IssuerAroundTheSentence_Attributes(ArabicCase c) => AssertCase(c);

    [Theory, ArabicCase]
    public void Extract_WarTollWithMinistryInArticle_IsMinistrys(ArabicCase c) => AssertCase(c);

    [Theory, ArabicCase]
    public void Extract_ReportDay_FromTheClauseOfSaying(ArabicCase c) => AssertCase(c);

    [Theory, ArabicCase]
    public void Extract_UndatedArticle_DatedByItsOwnDay(ArabicCase c) => AssertCase(c);

    [Theory, ArabicCase]
    public void Extract_RegionFromTheFiguresClause_NotOriginsOrParties(ArabicCase c) => AssertCase(c);

    [Theory, ArabicCase]
    public void Extract_PeriodSpans_SetBasis(ArabicCase c) => AssertCase(c);

    [Theory, ArabicCase]
    public void Extract_WrappedLines_OneSentence(ArabicCase c) => AssertCase(c);

    [Theory, ArabicCase]
    public void Extract_HijriDate_Converted(ArabicCase c) => AssertCase(c);

    [Theory, ArabicCase]
    public void Extract_TopicShiftAndBackground_NotTheSpeakers(ArabicCase c) => AssertCase(c);

    [Theory, ArabicCase]
    public void Extract_Others_ShareTheTollsKind(ArabicCase c) => AssertCase(c);

    [Theory, ArabicCase]
    public void Extract_PartsOfEarlierToll_ShareItsBasis(ArabicCase c) => AssertCase(c);

    [Fact]
    public void Extract_EmptyText_ReturnsEmpty()
    {
        Assert.Empty(Extractor.Extract(new Model.ArticleInput("")));
    }

    internal static void AssertCase(ArabicCase c)
    {
        var problems = ExpectedFigures.Problems(c.Expected, Extractor.Extract(c.Article), c.Article.Text, extrasFail: true);
        Assert.True(problems.Count == 0, $"{c.Name} ({c.Note}):\n  " + string.Join("\n  ", problems));
    }
}
