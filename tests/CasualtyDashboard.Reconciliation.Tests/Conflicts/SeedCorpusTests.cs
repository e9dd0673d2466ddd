using CasualtyDashboard.Reconciliation.Messages;
using CasualtyDashboard.Reconciliation.Claims;
using CasualtyDashboard.Reconciliation.Conflicts;
using CasualtyDashboard.Reconciliation.Reference;
using static CasualtyDashboard.Reconciliation.Tests.Timeline;

namespace CasualtyDashboard.Reconciliation.Tests.Conflicts;

/// <summary>
/// The two cases of issue 5's "done when": the seed article's 2716 women killed on 2023-11-07 (the ministry's figure,
/// in casualties_daily.json, is 2719), and the 1 November 2024 article restating 31 October's 43204 (1 November: 43259).
/// </summary>
public class SeedCorpusTests
{
    private static readonly SeriesKey Women = GazaKilledOf("women");

    private static Claim SeedWomenArticle => Claim(501, "2023-11-07", 2716, key: Women, outlet: "RT Arabic", time: "15:00");

    private static Claim November1Article => Claim(502, "2024-11-01", 43204, outlet: "Al Mayadeen", time: "10:00");

    [Fact]
    public void Reconcile_OutletGives2716WomenAgainstMinistry2719_FlagsTranscription()
    {
        var result = Reconcile([Claim(-1, "2023-11-07", 2719, key: Women, reference: true), SeedWomenArticle]);

        var flag = Assert.Single(result.Flags);
        Assert.Equal((FlagType.Transcription, FlagState.Open), (flag.Type, flag.State));
        Assert.Equal([501L, -1L], flag.ClaimIds);
        Assert.Equal(2719, result.Point(Women, "2023-11-07").Reconciled.Value);
    }

    [Fact]
    public void Reconcile_November1ArticleGives43204_MarksStaleCitationOf31October()
    {
        var result = Reconcile([
            Claim(-1, "2024-10-31", 43204, reference: true),
            Claim(-2, "2024-11-01", 43259, reference: true),
            November1Article,
        ]);

        var flag = Assert.Single(result.Flags);
        Assert.Equal((FlagType.StaleCitation, 502L), (flag.Type, Assert.Single(flag.ClaimIds)));
        Assert.Contains("2024-10-31", flag.Reason.Values());
    }

    [Fact]
    public void Reconcile_SeedArticlesWithRealGazaReference_FlagsTranscriptionAndStaleCitation()
    {
        var claims = TfpReferenceReader.ReadFile(SharedData.TfpFile("casualties_daily.json")).Append(SeedWomenArticle).Append(November1Article);

        var result = Reconcile(claims);

        var aboutArticles = result.Flags.Where(f => f.ClaimIds.Contains(501) || f.ClaimIds.Contains(502)).ToList();
        Assert.Equal(
            [(FlagType.Transcription, 501L), (FlagType.StaleCitation, 502L)],
            aboutArticles.Select(f => (f.Type, f.ClaimIds[0])).OrderBy(x => x.Item2));
        Assert.Equal(2719, result.Point(Women, "2023-11-07").Reconciled.Value);
        Assert.Equal(43259, result.Point(GazaKilled, "2024-11-01").Reconciled.Value);
    }
}
