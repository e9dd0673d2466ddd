using CasualtyDashboard.Data.Queries;
using CasualtyDashboard.Reconciliation.Conflicts;
using CasualtyDashboard.Web.Services;

namespace CasualtyDashboard.Web.Pages.Tests;

public sealed class NamingTests
{
    private static readonly CodeNames Names = new(Strings.Localizer);
    private static readonly SeriesNames Series = new(Strings.Localizer, Names);

    [Fact]
    public void Series_KeyInEnglish_NamesCategorySubgroupRegionAndBasis()
    {
        using var _ = Strings.Language("en");

        Assert.Equal("Killed (women) in Gaza · cumulative since \u20662023-10-07\u2069", Series.Series("gaza||killed|women|cumulative|2023-10-07"));
        Assert.Equal("Injured in Lebanon · incident", Series.Series("lebanon||injured|all|incident|"));
    }

    [Fact]
    public void Label_StandingAlone_IsInSentenceCaseInEnglishAndUnchangedInArabic()
    {
        using (Strings.Language("en"))
        {
            Assert.Equal("Children", Names.Label("children"));
            Assert.Equal("Medical staff", Names.Label("medical"));
            Assert.Equal("children", Names.Code("children"));
            Assert.Equal("White helmets", Names.Label("white_helmets"));
        }
        using (Strings.Language("ar"))
        {
            Assert.Equal(Names.Code("children"), Names.Label("children"));
            Assert.DoesNotContain("children", Names.Label("children"));
        }
    }

    [Fact]
    public void Series_KeyInArabic_HasNoCodeLeft()
    {
        using var _ = Strings.Language("ar");

        var name = Series.Series("gaza||killed|women|cumulative|2023-10-07");

        Assert.Contains("غزة", name);
        Assert.DoesNotContain("gaza", name);
        Assert.DoesNotContain("cumulative", name);
    }

    [Fact]
    public void Point_NamesTheSeriesAndTheDay_AndAnotherShapeStaysAsItIs()
    {
        using var _ = Strings.Language("en");

        Assert.Equal("Killed in Gaza · cumulative since \u20662023-10-07\u2069, on \u20662023-11-07\u2069", Series.Point("gaza||killed|all|cumulative|2023-10-07@2023-11-07"));
        Assert.Equal("not|a|key", Series.Series("not|a|key"));
    }

    [Theory]
    [InlineData("en", "gaza_moh", "Gaza Ministry of Health")]
    [InlineData("ar", "gaza_moh", "وزارة الصحة في غزة")]
    [InlineData("en", "other:some_new_body", "some new body")]
    [InlineData("en", "noun", "bound by its noun")]
    public void Names_CodeInEitherLanguage_IsNamedNotShownRaw(string culture, string code, string expected)
    {
        using var _ = Strings.Language(culture);

        var name = code == "noun" ? Names.FigureRule(code) : Names.Authority(code);

        Assert.Equal(expected, name);
    }

    [Fact]
    public void ConflictPriority_EveryFlagTypeHasAPlace_ConflictsBeforeExplainedChanges()
    {
        var types = Enum.GetValues<FlagType>().ToList();

        Assert.Equal(types.Select(t => t.Code()).Order(), ConflictPriority.Types.Order());
        var lastConflict = types.Where(t => t.IsConflict()).Max(t => ConflictPriority.Rank(t.Code()));
        var firstNote = types.Where(t => !t.IsConflict()).Min(t => ConflictPriority.Rank(t.Code()));
        Assert.True(lastConflict < firstNote);
        Assert.Equal(0, ConflictPriority.Rank("transcription"));
        Assert.Equal(ConflictPriority.Types.Count, ConflictPriority.Rank("unknown"));
    }
}
