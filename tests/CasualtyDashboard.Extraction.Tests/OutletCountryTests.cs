using CasualtyDashboard.Extraction.Attribution;
using CasualtyDashboard.Extraction.Languages.Arabic;

namespace CasualtyDashboard.Extraction.Tests;

/// <summary>
/// The outlet table (<c>Languages/Arabic/Outlets.tsv</c>, decision 073) and the outlet's country as the last fallback
/// for a place name several countries share (المملكة، البيضاء) when no other place on the page settles it.
/// </summary>
public sealed class OutletCountryTests
{
    private static readonly ArabicCasualtyExtractor Extractor = new();

    [Theory]
    [InlineData("Roya News (royanews.tv)", "jordan")]
    [InlineData("Shafaq News (shafaq.com)", "iraq")]
    [InlineData("Sabq (via SaudiNewsNet)", "saudi_arabia")]
    [InlineData("Al Jazirah (al-jazirah.com, Saudi)", "saudi_arabia")]
    [InlineData("TuniBusiness (tunibusiness.com.tn)", "tunisia")]
    [InlineData("Libya Observer (libyaobserver.ly)", "libya")]
    [InlineData("صحيفة أردنية", "jordan")]
    [InlineData("موقع يمني", "yemen")]
    [InlineData("Sputnik Arabic (sarabic.ae)", null)] // a Russian agency: the .ae domain does not make it Emirati
    [InlineData("Sky News Arabia (skynewsarabia.com)", null)]
    [InlineData("Al Arabiya (alarabiya.net)", null)]
    [InlineData("An outlet nobody listed (example.org)", null)]
    [InlineData("موقع إخباري", null)]
    [InlineData(null, null)]
    public void OutletCountry_ReadsTheTable(string? outlet, string? country) =>
        Assert.Equal(country, RegionResolver.OutletCountry(outlet));

    [Fact]
    public void OutletTable_EveryRegionIsACountryOfTheGazetteer()
    {
        var countries = Gazetteer.Rows().Where(r => r.Kind == 'c').Select(r => r.Region).ToHashSet();
        var rows = RegionResolver.ReadOutlets();
        Assert.True(rows.Length > 100, $"only {rows.Length} outlet lines read");
        var unknown = rows.Where(r => r.Region is not null && !countries.Contains(r.Region)).Select(r => $"{r.Key}={r.Region}").ToList();
        Assert.True(unknown.Count == 0, "not a gazetteer country: " + string.Join(", ", unknown));
        var twice = rows.GroupBy(r => r.Key, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(twice.Count == 0, "keys listed twice: " + string.Join(", ", twice));
    }

    /// <summary>A shared name with no other place on the page: the outlet's country when the name may be one of its places, else the first.</summary>
    [Theory]
    [InlineData("Roya News (royanews.tv)", "jordan")]
    [InlineData("Hespress (hespress.com)", "morocco")]
    [InlineData("Okaz (okaz.com.sa)", "saudi_arabia")]
    [InlineData("Sky News Arabia (skynewsarabia.com)", "saudi_arabia")]
    [InlineData(null, "saudi_arabia")]
    [InlineData("Shafaq News (shafaq.com)", "saudi_arabia")] // Iraq is no kingdom: the name's first country stands
    public void SharedName_WithNoPlaceAround_IsTheOutletsCountry(string? outlet, string region) =>
        UnseenPhrasingTests.CheckPage(Extractor, "kingdom", "2025-11-02", outlet,
            "أعلنت المديرية العامة للدفاع المدني أن أمطار الأمس أودت بحياة 3 أشخاص في عدة مناطق من المملكة.",
            $"3 killed all region={region}");

    [Theory]
    [InlineData("Al Masdar Online (almasdaronline.com)", "yemen")]
    [InlineData("Al Wasat (alwasat.ly)", "libya")]
    [InlineData(null, "libya")]
    public void Homonym_WithNoPlaceAround_IsTheOutletsCountry(string? outlet, string region) =>
        UnseenPhrasingTests.CheckPage(Extractor, "bayda", "2025-03-02", outlet,
            "قال مصدر طبي إن 4 أشخاص لقوا حتفهم غرقا في مدينة البيضاء.",
            $"4 killed all region={region}");

    [Fact]
    public void Homonym_APlaceAroundItWinsOverTheOutlet() =>
        UnseenPhrasingTests.CheckPage(Extractor, "bayda-ibb", "2025-03-02", "Al Wasat (alwasat.ly)",
            "قال مصدر طبي إن 4 أشخاص لقوا حتفهم غرقا في مدينة البيضاء، فيما أصيب آخرون في محافظة إب المجاورة.",
            "4 killed all region=yemen");
}
