using CasualtyDashboard.Reconciliation.Claims;
using CasualtyDashboard.Reconciliation.Reference;
using static CasualtyDashboard.Reconciliation.Tests.Timeline;

namespace CasualtyDashboard.Reconciliation.Tests.Reference;

public class TfpReferenceReaderTests
{
    private const string GazaRows = """
        [
          {"report_date": "2024-08-11", "report_source": "mohtel", "report_period": 0, "killed": 0, "killed_cum": 39790},
          {"report_date": "2024-08-12", "report_source": "mohtel", "report_period": 48, "killed": 107, "killed_cum": 39897,
           "killed_women_cum": 11088, "ext_killed_cum": 39897},
          {"report_date": "2024-08-13", "report_source": "missing", "report_period": 24, "killed": 40, "killed_cum": 39937}
        ]
        """;

    [Fact]
    public void ReadJson_GazaReportRow_GivesMinistryCumulativesAndPeriodCount()
    {
        var claims = TfpReferenceReader.ReadJson(GazaRows, TfpDataset.Gaza);

        Assert.Equal(
            [
                (GazaKilled, 39897L),
                (GazaKilledOf("women"), 11088L),
                (GazaKilledDaily with { Since = Day("2024-08-10") }, 107L),
            ],
            claims.Select(c => (c.SeriesKey, c.Value)));
        Assert.All(claims, c => Assert.Equal(("gaza_moh", true, Day("2024-08-12")), (c.Authority, c.IsReference, c.ReportedOn)));
        Assert.Equal(3, claims.Select(c => c.ClaimId).Where(id => id < 0).Distinct().Count());
    }

    [Fact]
    public void ReadJson_CommitteeAdditionRow_DeclaresRetroactiveAdditionOnKilledOnly()
    {
        const string json = """[{"report_date": "2026-07-11", "report_source": "mohtel", "report_period": 24, "killed": 103, "killed_cum": 73221, "injured_cum": 173643, "killed_committee": 96}]""";

        var claims = TfpReferenceReader.ReadJson(json, TfpDataset.Gaza);

        Assert.Equal([("killed", true), ("injured", false), ("killed", true)], claims.Select(c => (c.SeriesKey.Category, c.DeclaresRetroactiveAddition)));
    }

    [Fact]
    public void ReadCsv_SameFieldsAsJson_GivesSameClaims()
    {
        const string csv = """
            report_date,report_source,report_period,killed,killed_cum,killed_women_cum,ext_killed_cum
            2024-08-11,mohtel,0,0,39790,,
            2024-08-12,mohtel,48,107,39897,11088,39897
            2024-08-13,missing,24,40,39937,,
            """;

        var fromCsv = TfpReferenceReader.ReadCsv(new StringReader(csv), TfpDataset.Gaza);

        Assert.Equal(TfpReferenceReader.ReadJson(GazaRows, TfpDataset.Gaza), fromCsv);
    }

    [Fact]
    public void ReadJson_NonNumericValue_ThrowsNamingElementAndField()
    {
        const string json = """[{"report_date": "2024-08-12", "report_source": "mohtel"}, {"report_date": "2024-08-13", "report_source": "mohtel", "killed_cum": "many"}]""";

        var e = Assert.Throws<FormatException>(() => TfpReferenceReader.ReadJson(json, TfpDataset.Gaza));

        Assert.Equal("casualties_daily.json element 1 (report_date 2024-08-13): field 'killed_cum' is not an integer: 'many'.", e.Message);
    }

    [Fact]
    public void ReadJson_BrokenJson_ThrowsNamingLine()
    {
        var e = Assert.Throws<FormatException>(() => TfpReferenceReader.ReadJson("[\n{\"report_date\": \"2024-08-12\",\n}", TfpDataset.Gaza));

        Assert.StartsWith("casualties_daily.json: malformed JSON at line 3", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadJson_UnknownReportSource_ThrowsNamingValue()
    {
        var e = Assert.Throws<FormatException>(() => TfpReferenceReader.ReadJson("""[{"report_date": "2024-08-12", "report_source": "rumour"}]""", TfpDataset.Gaza));

        Assert.Contains("element 0 (report_date 2024-08-12): unknown report_source 'rumour'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadCsv_RowWithMissingField_ThrowsNamingLine()
    {
        var e = Assert.Throws<FormatException>(() =>
            TfpReferenceReader.ReadCsv(new StringReader("report_date,report_source,killed_cum\n2024-08-12,mohtel\n"), TfpDataset.Gaza));

        Assert.Equal("casualties_daily.csv line 2: expected 3 fields as in the header, found 2.", e.Message);
    }

    [Fact]
    public void ReadJson_LebanonPhaseTwoRow_CountsFromPhaseStartAsPublished()
    {
        const string json = """[{"report_date": "2026-03-05", "report_source": "moph_lb", "report_period": 96, "phase": 2, "killed": 123, "killed_cum": 4170, "killed_cum_reported": 123}]""";

        var claims = TfpReferenceReader.ReadJson(json, TfpDataset.Lebanon);

        Assert.Equal(
            [(Bases.Cumulative, Day("2026-03-02"), 123L), (Bases.Period, Day("2026-03-01"), 123L)],
            claims.Select(c => (c.SeriesKey.Basis, c.SeriesKey.Since!.Value, c.Value)));
        Assert.All(claims, c => Assert.Equal("lebanon_moh", c.Authority));
    }

    [Fact]
    public void ReadJson_WestBankFillRow_KeepsOnlyVerifiedFigures()
    {
        const string json = """[{"report_date": "2024-04-25", "verified": {"killed": 1, "killed_cum": 473}, "killed_cum": 470, "flash_source": "fill"}]""";

        var claims = TfpReferenceReader.ReadJson(json, TfpDataset.WestBank);

        Assert.Equal([("other:ocha_verified", Bases.Cumulative, 473L), ("other:ocha_verified", Bases.Period, 1L)], claims.Select(c => (c.Authority, c.SeriesKey.Basis, c.Value)));
    }

    [Fact]
    public void DatasetOf_UnknownFileName_Throws()
    {
        Assert.Throws<FormatException>(() => TfpReferenceReader.DatasetOf("/data/syria_daily.json"));
    }
}
