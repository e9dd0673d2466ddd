using CasualtyDashboard.Extraction.Model;
using CasualtyDashboard.Extraction.Schema;
using CasualtyDashboard.Extraction.Scoring;

namespace CasualtyDashboard.Extraction.Tests;

public sealed class ScorerTests
{
    private static CasualtyFigure F(long value, FigureCategory category = FigureCategory.Killed, bool required = true, FigureQualifier qualifier = FigureQualifier.Exact, string authority = "gaza_moh", string region = "gaza") =>
        new() { Value = value, Category = category, Required = required, Qualifier = qualifier, Authority = authority, Region = region, ReportedOn = new DateOnly(2024, 1, 1) };

    private static ScoreReport Score(CasualtyFigure[] gold, CasualtyFigure[] predicted) =>
        Scorer.Score([new FigureLine("a", gold)], [new FigureLine("a", predicted)]);

    [Fact]
    public void Score_OptionalGold_NeitherHitNorMissNorFalsePositive()
    {
        var report = Score([F(10), F(20, required: false), F(30, required: false)], [F(10), F(20)]);
        Assert.Equal(new PrfScore(1, 0, 0), report.Core);
    }

    [Fact]
    public void Score_VagueGold_MatchesVaguePredictionOfAnyValue()
    {
        var report = Score([F(20, qualifier: FigureQualifier.Vague)], [F(200, qualifier: FigureQualifier.Vague)]);
        Assert.Equal(new PrfScore(1, 0, 0), report.Core);
    }

    [Fact]
    public void Score_EachGoldMatchesOnce_SecondPredictionIsFalsePositive()
    {
        var report = Score([F(10)], [F(10), F(10)]);
        Assert.Equal(new PrfScore(1, 1, 0), report.Core);
        Assert.Single(report.Errors, e => e.Kind == ScoringErrorKind.FalsePositive);
    }

    [Fact]
    public void Score_OtherAuthorities_AreEqual_WrongRegion_CostsFullMatch()
    {
        var report = Score([F(10, authority: "other:saudi_red_crescent"), F(5, FigureCategory.Injured)], [F(10, authority: "other:red_crescent"), F(5, FigureCategory.Injured, region: "israel")]);
        Assert.Equal(1.0, report.Attribute("authority").Accuracy);
        Assert.Equal(0.5, report.Attribute("region").Accuracy);
        Assert.Equal(new PrfScore(1, 1, 1), report.Full);
        Assert.Single(report.Errors, e => e.Kind == ScoringErrorKind.WrongAttributes && e.WrongAttributes.SequenceEqual(["region"]));
    }

    [Fact]
    public void Score_MissedRequiredGold_IsMiss()
    {
        var report = Score([F(10), F(7, FigureCategory.Injured)], [F(10)]);
        Assert.Equal(new PrfScore(1, 0, 1), report.Core);
        Assert.Equal(2.0 / 3, report.Core.F1, 6);
    }
}
