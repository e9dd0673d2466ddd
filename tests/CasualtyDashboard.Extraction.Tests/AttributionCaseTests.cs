using CasualtyDashboard.Extraction.Tests.Support;

namespace CasualtyDashboard.Extraction.Tests;

/// <summary>
/// Data-driven cases (TestData/Arabic, one per method) for what a figure is attributed to: issuer, place, report day,
/// basis and start, decided over the report frame as well as the figure's sentence.
/// </summary>
public sealed class AttributionCaseTests
{
    [Theory, ArabicCase]
    public void Extract_SinceDayWithoutYear_IsTheEventsStart(ArabicCase c) => ArabicCasualtyExtractorTests.AssertCase(c);

    [Theory, ArabicCase]
    public void Extract_SinceDayWithoutYear_OtherwiseLatestPastDay(ArabicCase c) => ArabicCasualtyExtractorTests.AssertCase(c);

    [Theory, ArabicCase]
    public void Extract_ReportFrame_ListLinesKeepIssuerAndDay(ArabicCase c) => ArabicCasualtyExtractorTests.AssertCase(c);

    [Theory, ArabicCase]
    public void Extract_ReportFrame_RunningTotalCarriesOn(ArabicCase c) => ArabicCasualtyExtractorTests.AssertCase(c);

    [Theory, ArabicCase]
    public void Extract_ReportFrame_OtherSideAndBackgroundBreakIt(ArabicCase c) => ArabicCasualtyExtractorTests.AssertCase(c);

    [Theory, ArabicCase]
    public void Extract_HeadlineCopy_BodyStatementWins(ArabicCase c) => ArabicCasualtyExtractorTests.AssertCase(c);

    [Theory, ArabicCase]
    public void Extract_RegionFallbacks_IssuerAndOutletCountry(ArabicCase c) => ArabicCasualtyExtractorTests.AssertCase(c);

    [Theory, ArabicCase]
    public void Extract_Range_FirstEndAtLeast(ArabicCase c) => ArabicCasualtyExtractorTests.AssertCase(c);

    [Theory, ArabicCase]
    public void Extract_PlaceLocatedByLargerPlace_SettlesHomonym(ArabicCase c) => ArabicCasualtyExtractorTests.AssertCase(c);

    [Theory, ArabicCase]
    public void Extract_SurnameAfterRelay_SpeaksForIssuer(ArabicCase c) => ArabicCasualtyExtractorTests.AssertCase(c);

    [Theory, ArabicCase]
    public void Extract_Dateline_NotTheVictimsPlace(ArabicCase c) => ArabicCasualtyExtractorTests.AssertCase(c);

    [Theory, ArabicCase]
    public void Extract_BreakdownAddingUpToTotal_SharesBasis(ArabicCase c) => ArabicCasualtyExtractorTests.AssertCase(c);

    [Theory, ArabicCase]
    public void Extract_OtherSide_TakesIsrael(ArabicCase c) => ArabicCasualtyExtractorTests.AssertCase(c);

    [Theory, ArabicCase]
    public void Extract_MembersCount_SideNamedBeforeDecides(ArabicCase c) => ArabicCasualtyExtractorTests.AssertCase(c);

    [Theory, ArabicCase]
    public void Extract_BodiesOfCaptives_NotAToll(ArabicCase c) => ArabicCasualtyExtractorTests.AssertCase(c);

    [Theory, ArabicCase]
    public void Extract_ListLines_AllShareTheHeadersScope(ArabicCase c) => ArabicCasualtyExtractorTests.AssertCase(c);

    [Theory, ArabicCase]
    public void Extract_IssuerAfterWith_IsCompanionNotSpeaker(ArabicCase c) => ArabicCasualtyExtractorTests.AssertCase(c);

    [Theory, ArabicCase]
    public void Extract_CountAddedToToll_IsPart(ArabicCase c) => ArabicCasualtyExtractorTests.AssertCase(c);

    [Theory, ArabicCase]
    public void Extract_SeverityOfTheInjured_IsPartOfVagueToll(ArabicCase c) => ArabicCasualtyExtractorTests.AssertCase(c);

    [Theory, ArabicCase]
    public void Extract_StrikesOfADayNamedAfterTheirPlace_Period(ArabicCase c) => ArabicCasualtyExtractorTests.AssertCase(c);

    [Theory, ArabicCase]
    public void Extract_DuringIt_SpanNamedBeforeIsPeriod(ArabicCase c) => ArabicCasualtyExtractorTests.AssertCase(c);

    [Theory, ArabicCase]
    public void Extract_DateRangeAfterList_IsPeriod(ArabicCase c) => ArabicCasualtyExtractorTests.AssertCase(c);

    [Theory, ArabicCase]
    public void Extract_DuringThisStretch_IsPeriod(ArabicCase c) => ArabicCasualtyExtractorTests.AssertCase(c);

    [Theory, ArabicCase]
    public void Extract_OngoingOrSpreadBombardment_IsPeriod(ArabicCase c) => ArabicCasualtyExtractorTests.AssertCase(c);

    [Theory, ArabicCase]
    public void Extract_TwoAttacks_IsPeriod(ArabicCase c) => ArabicCasualtyExtractorTests.AssertCase(c);

    [Theory, ArabicCase]
    public void Extract_SpreadNotOfStrikes_StaysIncident(ArabicCase c) => ArabicCasualtyExtractorTests.AssertCase(c);

    [Theory, ArabicCase]
    public void Extract_ClosingCredit_IssuesUnattributedFigures(ArabicCase c) => ArabicCasualtyExtractorTests.AssertCase(c);

    [Theory, ArabicCase]
    public void Extract_TollSplitByPlace_SharesAndTotalPlaced(ArabicCase c) => ArabicCasualtyExtractorTests.AssertCase(c);

    [Theory, ArabicCase]
    public void Extract_HeadlineWithoutIssuer_TakesTheLeadsIssuer(ArabicCase c) => ArabicCasualtyExtractorTests.AssertCase(c);

    [Theory, ArabicCase]
    public void Extract_RelayOrigin_IsTheIssuer(ArabicCase c) => ArabicCasualtyExtractorTests.AssertCase(c);

    [Theory, ArabicCase]
    public void Extract_IsraeliBodyByAdjective_IsThatBody(ArabicCase c) => ArabicCasualtyExtractorTests.AssertCase(c);

    [Theory, ArabicCase]
    public void Extract_SpokesmanAlone_SpeaksForTheIssuerNamedBefore(ArabicCase c) => ArabicCasualtyExtractorTests.AssertCase(c);

    [Theory, ArabicCase]
    public void Extract_GazetteerTown_TableLacksIt(ArabicCase c) => ArabicCasualtyExtractorTests.AssertCase(c);

    [Theory, ArabicCase]
    public void Extract_GazetteerTown_TwoWordNameNeedsNoCue(ArabicCase c) => ArabicCasualtyExtractorTests.AssertCase(c);

    [Theory, ArabicCase]
    public void Extract_GazetteerHomonym_NeighbourInParagraphSettlesIt(ArabicCase c) => ArabicCasualtyExtractorTests.AssertCase(c);

    [Theory, ArabicCase]
    public void Extract_GazetteerHomonym_TableChoiceStandsWithoutOther(ArabicCase c) => ArabicCasualtyExtractorTests.AssertCase(c);

    [Theory, ArabicCase]
    public void Extract_GazetteerHomonym_NeighbourBeatsLargest(ArabicCase c) => ArabicCasualtyExtractorTests.AssertCase(c);

    [Theory, ArabicCase]
    public void Extract_GazetteerCommonWord_NotAPlace(ArabicCase c) => ArabicCasualtyExtractorTests.AssertCase(c);

    [Theory, ArabicCase]
    public void Extract_GazetteerSmallTown_NeedsPlaceCue(ArabicCase c) => ArabicCasualtyExtractorTests.AssertCase(c);
}
