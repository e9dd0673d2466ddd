using System.Globalization;
using System.Text.Json;
using CasualtyDashboard.Cli.Commands;
using CasualtyDashboard.Extraction.Model;
using CasualtyDashboard.Extraction.Schema;
using CasualtyDashboard.Extraction.Scoring;
using CasualtyDashboard.Extraction.Tests.Support;
using Xunit.Abstractions;

namespace CasualtyDashboard.Extraction.Tests;

/// <summary>
/// Scores the development corpus (seed-*, dev-*, dev2-*) against the product goals (core F1 ≥ 0.97, full F1 ≥ 0.90) and
/// against the floors measured today, and runs the generalisation cases. dev2 is split by article line: three quarters
/// to tune the rules on (<c>dev2-train</c>, lines whose 0-based index % 4 != 3) and a validation quarter
/// (<c>dev2-validation</c>, index % 4 == 3) whose errors are not printed: its score is the only estimate of how a rule
/// does on text it was not written from.
/// </summary>
public sealed class CorpusScoreTests(ITestOutputHelper output)
{
    private const double CoreGoal = 0.97;
    private const double FullGoal = 0.90;

    // The product goal: core F1 >= 0.97 and full F1 >= 0.90 on each file set (run alone: dotnet test --filter Category=CorpusGoal).
    [Theory]
    [Trait("Category", "CorpusGoal")]
    [InlineData("seed")]
    [InlineData("dev")]
    public void Score_FileSet_MeetsGoals(string set)
    {
        var report = ScoreSet(set);
        var text = new StringWriter();
        ScoreReportWriter.Write(report, text, null);
        output.WriteLine($"[{set}]\n{text}");

        Assert.True(report.Core.F1 >= CoreGoal, $"{set}: core F1 {report.Core.F1:F3} below {CoreGoal}");
        Assert.True(report.Full.F1 >= FullGoal, $"{set}: full F1 {report.Full.F1:F3} below {FullGoal}");
    }

    // Guards what the rules reach today, in every run: raise these as the rules improve (they are measured, not goals;
    // each floor is the measured score rounded down to two decimals). dev was lowered from 0.97 / 0.95 when its gold
    // was revised to SCHEMA.md's settled cases (measured then with rules 1.1.1: core 0.946, full 0.924, basis 0.868).
    // Measured with rules 1.4.1 (2026-12-06): seed 1.000 / 1.000 / 1.000; dev 0.946 / 0.924 / 0.895; dev2-train
    // 0.888 / 0.796 / 0.901; dev2-validation 0.878 / 0.734 / 0.869 (core F1 / full F1 / basis).
    // Measured with rules 1.7.0 (both halves of the extraction work merged, 2026-12-06): seed 1.000 / 1.000 / 1.000;
    // dev 0.987 / 0.965 / 0.895; dev2-train 0.959 / 0.869 / 0.910; dev2-validation 0.943 / 0.800 / 0.894.
    // Measured with rules 1.8.0 (2026-12-06): seed 1.000 / 1.000 / 1.000; dev 0.987 / 0.965 / 0.899; dev2-train
    // 0.961 / 0.884 / 0.911; dev2-validation 0.957 / 0.914 / 0.896.
    // Measured with rules 1.9.0 (2026-12-06): seed 1.000 / 1.000 / 1.000; dev 0.987 / 0.965 / 0.899; dev2-train
    // 0.972 / 0.903 / 0.920; dev2-validation 0.957 / 0.914 / 0.896.
    // Measured with rules 1.10.0 (2026-12-06): seed 1.000 / 1.000 / 1.000; dev 0.987 / 0.965 / 0.925; dev2-train
    // 0.972 / 0.924 / 0.924; dev2-validation 0.957 / 0.914 / 0.910 (validation scored once, after the rules were set).
    // Measured with rules 1.14.0 (2026-12-07): seed 1.000 / 1.000 / 1.000; dev 0.987 / 0.965 / 0.925; dev2-train
    // 0.981 / 0.938 / 0.926; dev2-validation 0.957 / 0.914 / 0.910 (scored at the end).
    // Measured with rules 1.19.0 (2026-12-07): seed 1.000 / 1.000 / 1.000; dev 0.987 / 0.965 / 0.925; dev2-train
    // 0.981 / 0.942 / 0.926; dev2-validation 0.957 / 0.914 / 0.910 (scored once, at the end).
    // Measured with rules 1.21.0 (2026-12-07): seed 1.000 / 1.000 / 1.000; dev 0.987 / 0.965 / 0.947; dev2-train
    // 0.981 / 0.942 / 0.956; dev2-validation 0.957 / 0.929 / 0.910 (scored once, at the end).
    // Measured with rules 1.22.0 (2026-12-07): the same as 1.21.0 on every set (validation predictions identical).
    // Measured with rules 1.16.0 (2026-12-07): the same on every set (validation predictions identical to 1.15.0's).
    [Theory]
    [InlineData("seed", 0.99, 0.99, 0.99)]
    [InlineData("dev", 0.985, 0.96, 0.945)]
    [InlineData("dev2-train", 0.98, 0.94, 0.955)]
    [InlineData("dev2-validation", 0.95, 0.91, 0.91)]
    public void Score_FileSet_StaysAboveMeasuredFloor(string set, double coreFloor, double fullFloor, double basisFloor)
    {
        var report = ScoreSet(set);
        var basis = report.Attribute("basis");
        output.WriteLine($"[{set}] core F1 {report.Core.F1:F3} (goal {CoreGoal}), full F1 {report.Full.F1:F3} (goal {FullGoal}), basis {basis.Accuracy:F3} ({basis.Correct}/{basis.Total})");
        if (set != "dev2-validation")
        {
            // The basis confusions (gold → extracted) of a set tuned on, then its scores.
            var confusions = report.Errors.Where(e => e.Kind == ScoringErrorKind.WrongAttributes && e.Gold!.Basis != e.Predicted!.Basis)
                .GroupBy(e => $"{e.Gold!.Basis.Code()} → {e.Predicted!.Basis.Code()}").OrderByDescending(g => g.Count());
            foreach (var g in confusions)
            {
                output.WriteLine($"    basis {g.Key}: {g.Count()}");
            }

            var text = new StringWriter();
            ScoreReportWriter.Write(report, text, null);
            output.WriteLine(text.ToString());
        }

        Assert.True(report.Core.F1 >= coreFloor, $"{set}: core F1 {report.Core.F1:F3} fell below the measured floor {coreFloor}");
        Assert.True(report.Full.F1 >= fullFloor, $"{set}: full F1 {report.Full.F1:F3} fell below the measured floor {fullFloor}");
        Assert.True(basis.Accuracy >= basisFloor, $"{set}: basis accuracy {basis.Accuracy:F3} fell below the measured floor {basisFloor}");
    }

    // Every generalisation case (../shared/corpus/generalisation-cases.jsonl: a short text showing one phenomenon, with
    // the figures it must give and the attributes it states) is reported; the number passing may not fall below the
    // count measured today (7 of 97 with rules 1.1.1, 53 with rules 1.4.x, 78 with rules 1.7.0, 96 with rules 1.8.0), and every control (a case that passed before
    // the work on it began) must pass.
    private const int GeneralisationFloor = 96;

    [Fact]
    public void Generalisation_Cases_PassingCountHoldsAndControlsPass()
    {
        var results = GeneralisationResults();
        foreach (var (id, control, problems) in results)
        {
            output.WriteLine($"{(problems.Count == 0 ? "pass" : "FAIL")} {id}{(control ? " (control)" : "")}{(problems.Count == 0 ? "" : ": " + string.Join("; ", problems))}");
        }

        var passed = results.Count(r => r.Problems.Count == 0);
        output.WriteLine($"passed {passed}/{results.Count}");
        var failedControls = results.Where(r => r.Control && r.Problems.Count > 0).Select(r => r.Id).ToList();
        Assert.True(failedControls.Count == 0, "controls failing: " + string.Join(", ", failedControls));
        Assert.True(passed >= GeneralisationFloor, $"{passed} of {results.Count} generalisation cases pass, below the measured {GeneralisationFloor}");
    }

    internal static List<(string Id, bool Control, List<string> Problems)> GeneralisationResults()
    {
        var extractor = new ArabicCasualtyExtractor();
        var results = new List<(string, bool, List<string>)>();
        foreach (var line in File.ReadLines(SharedCorpus.Path("corpus", "generalisation-cases.jsonl")).Where(l => l.Length > 0))
        {
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            var published = root.TryGetProperty("published", out var p) && p.ValueKind == JsonValueKind.String ? DateOnly.Parse(p.GetString()!, CultureInfo.InvariantCulture) : (DateOnly?)null;
            var outlet = root.TryGetProperty("outlet", out var o) && o.ValueKind == JsonValueKind.String ? o.GetString() : null;
            var id = root.GetProperty("id").GetString()!;
            var article = new ArticleInput(root.GetProperty("text").GetString()!, published, outlet, id);
            var expected = root.GetProperty("expected").EnumerateArray().Select(ExpectedFigure.Read).ToList();
            var control = root.TryGetProperty("control", out var c) && c.ValueKind == JsonValueKind.True;
            results.Add((id, control, ExpectedFigures.Problems(expected, extractor.Extract(article), article.Text, extrasFail: false)));
        }

        return results;
    }

    /// <summary>Scores a file set: <c>seed</c>, <c>dev</c>, <c>dev2</c>, or a part of dev2 (<c>dev2-train</c>, <c>dev2-validation</c>).</summary>
    internal static ScoreReport ScoreSet(string set)
    {
        var (file, keep) = set switch
        {
            "dev2-train" => ("dev2", (Func<int, bool>)(i => i % 4 != 3)),
            "dev2-validation" => ("dev2", i => i % 4 == 3),
            _ => (set, _ => true),
        };
        var articles = File.ReadLines(SharedCorpus.Path("corpus", $"{file}-articles.jsonl")).Where(l => l.Length > 0).Select(SchemaJson.ReadArticle)
            .Where((_, i) => keep(i)).ToList();
        var ids = articles.Select(a => a.Id).ToHashSet();
        var gold = File.ReadLines(SharedCorpus.Path("corpus", $"{file}-gold.jsonl")).Where(l => l.Length > 0).Select(SchemaJson.ReadFigureLine)
            .Where(g => ids.Contains(g.Id)).ToList();
        var extractor = new ArabicCasualtyExtractor();
        var predictions = articles.Select(a => new FigureLine(a.Id, extractor.Extract(a.Article))).ToList();
        return Scorer.Score(gold, predictions);
    }
}
