using System.Text;
using CasualtyDashboard.Data.Entities;
using CasualtyDashboard.Reconciliation.Reference;
using Microsoft.EntityFrameworkCore;

namespace CasualtyDashboard.Jobs.Tests.Reconciliation;

public sealed class ReferenceImportServiceTests
{
    private const string TwoDays = """
        [{"report_date":"2023-11-06","report_source":"mohtel","report_period":24,"killed_cum":10022,"killed":243},
         {"report_date":"2023-11-07","report_source":"mohtel","report_period":24,"killed_cum":10328,"killed_women_cum":2719}]
        """;

    [Fact]
    public async Task Import_SameDatasetTwice_ReplacesThePreviousImport_AndReconcilesInline()
    {
        using var harness = new ReconciliationHarness();

        await ImportAsync(harness, TwoDays);
        var second = await ImportAsync(harness, TwoDays.Replace("10328", "10330", StringComparison.Ordinal));

        Assert.Equal((4, 4, false), (second.Claims, second.Replaced, second.Unchanged));
        await using var db = harness.Pipeline.CreateDbContext();
        Assert.Equal(4, await db.Set<ReferenceClaim>().CountAsync());
        Assert.Equal(10330, await db.Set<ReconciledPoint>().Where(p => p.Key == "gaza||killed|all|cumulative|2023-10-07@2023-11-07").Select(p => p.Value).SingleAsync());
        Assert.Equal("test", (await db.Set<ReferenceImport>().SingleAsync()).Channel);
    }

    [Fact]
    public async Task Import_UnchangedContentWhenOnlyIfChanged_SkipsTheImport()
    {
        using var harness = new ReconciliationHarness();
        await ImportAsync(harness, TwoDays);

        var again = await harness.References.ImportAsync(Encoding.UTF8.GetBytes(TwoDays), TfpDataset.Gaza, "casualties_daily.json", "settings", onlyIfChanged: true, CancellationToken.None);

        Assert.True(again.Unchanged);
        await using var db = harness.Pipeline.CreateDbContext();
        Assert.Equal("test", (await db.Set<ReferenceImport>().SingleAsync()).Channel);
    }

    [Fact]
    public async Task Import_Csv_ReadsTheSameFieldsAsJson()
    {
        using var harness = new ReconciliationHarness();
        var csv = "report_date,report_source,report_period,killed_cum,killed\n2023-11-06,mohtel,24,10022,243\n";

        var result = await harness.References.ImportAsync(Encoding.UTF8.GetBytes(csv), TfpDataset.Gaza, "upload", "test", false, CancellationToken.None);

        Assert.Equal((2, new DateOnly(2023, 11, 6)), (result.Claims, result.FirstDate!.Value));
    }

    [Theory]
    [InlineData("[{\"report_date\":\"2023-11-06\",\"report_source\":\"mohtel\",\"killed_cum\":\"many\"}]", "field 'killed_cum' is not an integer")]
    [InlineData("[{\"report_date\":\"2023-11-06\",", "malformed JSON")]
    [InlineData("[]", "no reported figure")]
    [InlineData("[{\"report_date\":\"2023-11-06\",\"report_source\":\"mohtel\",\"killed_cum\":1},{\"report_date\":\"2023-11-06\",\"report_source\":\"mohtel\",\"killed_cum\":2}]", "appears more than once")]
    public async Task Import_MalformedFile_FailsNamingTheProblem_AndKeepsThePreviousImport(string content, string expected)
    {
        using var harness = new ReconciliationHarness();
        await ImportAsync(harness, TwoDays);

        var error = await Assert.ThrowsAsync<FormatException>(() => ImportAsync(harness, content));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.StartsWith("casualties_daily.json", error.Message, StringComparison.Ordinal);
        await using var db = harness.Pipeline.CreateDbContext();
        Assert.Equal(4, await db.Set<ReferenceClaim>().CountAsync());
    }

    private static Task<CasualtyDashboard.Jobs.Reconciliation.ReferenceImportResult> ImportAsync(ReconciliationHarness harness, string json) =>
        harness.References.ImportAsync(Encoding.UTF8.GetBytes(json), TfpDataset.Gaza, "casualties_daily.json", "test", onlyIfChanged: false, CancellationToken.None);
}
