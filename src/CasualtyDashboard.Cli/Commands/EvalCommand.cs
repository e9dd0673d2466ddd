using System.Globalization;
using CasualtyDashboard.Extraction;
using CasualtyDashboard.Extraction.Schema;
using CasualtyDashboard.Extraction.Scoring;

namespace CasualtyDashboard.Cli.Commands;

/// <summary>
/// <c>casualty eval GOLD.jsonl ARTICLES.jsonl [--pred PRED.jsonl] [--quiet]</c>: extracts (or reads predictions),
/// prints SCHEMA.md's scores, then every miss, false positive and wrong attribute.
/// </summary>
public sealed class EvalCommand : ICommand
{
    public string Name => "eval";

    public string Usage => "eval GOLD.jsonl ARTICLES.jsonl [--pred PRED.jsonl] [--quiet]   scores and errors";

    public int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        var positional = new List<string>();
        string? predPath = null;
        var quiet = false;
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--pred" && i + 1 < args.Count)
            {
                predPath = args[++i];
            }
            else if (args[i] == "--quiet")
            {
                quiet = true;
            }
            else
            {
                positional.Add(args[i]);
            }
        }

        if (positional.Count != 2)
        {
            error.WriteLine("usage: casualty " + Usage);
            return 2;
        }

        foreach (var path in positional.Append(predPath).OfType<string>())
        {
            if (!File.Exists(path))
            {
                error.WriteLine($"eval: no such file: {path}");
                return 1;
            }
        }

        var gold = JsonLines.Read(positional[0], SchemaJson.ReadFigureLine, error);
        var articles = JsonLines.Read(positional[1], SchemaJson.ReadArticle, error);
        var predictions = predPath is null ? Extract(articles) : JsonLines.Read(predPath, SchemaJson.ReadFigureLine, error);
        var report = Scorer.Score(gold, predictions);
        ScoreReportWriter.Write(report, output, quiet ? null : articles.ToDictionary(a => a.Id, a => a.Article.Text));
        return 0;
    }

    private static List<FigureLine> Extract(List<ArticleLine> articles)
    {
        var extractor = new ArabicCasualtyExtractor();
        return articles.Select(a => new FigureLine(a.Id, extractor.Extract(a.Article))).ToList();
    }
}

/// <summary>Prints a score report: the scores, then the errors grouped by article.</summary>
public static class ScoreReportWriter
{
    public static void Write(ScoreReport report, TextWriter o, IReadOnlyDictionary<string, string>? texts)
    {
        var c = CultureInfo.InvariantCulture;
        o.WriteLine(string.Create(c, $"articles {report.Articles}"));
        o.WriteLine(string.Create(c, $"core  P {report.Core.Precision:F3}  R {report.Core.Recall:F3}  F1 {report.Core.F1:F3}  (tp {report.Core.TruePositives}, fp {report.Core.FalsePositives}, fn {report.Core.FalseNegatives})"));
        foreach (var a in report.Attributes)
        {
            o.WriteLine(string.Create(c, $"  {a.Attribute,-12} {a.Accuracy:F3}  ({a.Correct}/{a.Total})"));
        }

        o.WriteLine(string.Create(c, $"full  P {report.Full.Precision:F3}  R {report.Full.Recall:F3}  F1 {report.Full.F1:F3}"));
        if (texts is null)
        {
            return;
        }

        foreach (var group in report.Errors.GroupBy(e => e.ArticleId))
        {
            o.WriteLine();
            o.WriteLine($"== {group.Key}");
            foreach (var e in group)
            {
                switch (e.Kind)
                {
                    case ScoringErrorKind.Miss:
                        o.WriteLine($"  MISS  {Describe(e.Gold!)}  «{e.Gold!.Evidence}»");
                        break;
                    case ScoringErrorKind.FalsePositive:
                        o.WriteLine($"  FP    {Describe(e.Predicted!)}  «{e.Predicted!.Evidence}» [{e.Predicted.Rule}]");
                        break;
                    default:
                        var wrong = string.Join(", ", e.WrongAttributes.Select(name => $"{name}: gold {Attribute(e.Gold!, name)} / got {Attribute(e.Predicted!, name)}"));
                        o.WriteLine($"  ATTR  {Describe(e.Gold!)}  {wrong}  «{e.Predicted!.Evidence}»");
                        break;
                }
            }
        }
    }

    private static string Describe(Extraction.Model.CasualtyFigure f) =>
        $"{f.Value} {Extraction.Schema.SchemaCodes.Code(f.Qualifier)} {Extraction.Schema.SchemaCodes.Code(f.Category)}/{Extraction.Schema.SchemaCodes.Code(f.Subgroup)}";

    private static string Attribute(Extraction.Model.CasualtyFigure f, string name) => name switch
    {
        "region" => f.Region ?? "null",
        "authority" => f.Authority,
        "reported_on" => f.ReportedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "null",
        "basis" => Extraction.Schema.SchemaCodes.Code(f.Basis),
        _ => Extraction.Schema.SchemaCodes.Code(f.Qualifier),
    };
}
