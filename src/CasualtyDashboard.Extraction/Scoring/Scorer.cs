using CasualtyDashboard.Extraction.Model;
using CasualtyDashboard.Extraction.Schema;

namespace CasualtyDashboard.Extraction.Scoring;

/// <summary>
/// SCHEMA.md scoring. A prediction matches a gold figure of the same article when value, category and subgroup agree
/// (a vague gold figure also matches a vague prediction of the same category and subgroup whatever its value); each
/// gold figure matches at most one prediction. Gold figures with <c>required: false</c> are neither hits nor misses, and
/// a prediction matching one is not a false positive. Attribute accuracies are over matched required pairs; full F1
/// counts a match only when region, authority and reported_on also agree (two <c>other:</c> authorities are equal).
/// </summary>
public static class Scorer
{
    public static readonly IReadOnlyList<string> AttributeNames = ["region", "authority", "reported_on", "basis", "qualifier"];

    public static ScoreReport Score(IEnumerable<FigureLine> gold, IEnumerable<FigureLine> predicted)
    {
        var predictions = new Dictionary<string, IReadOnlyList<CasualtyFigure>>(StringComparer.Ordinal);
        foreach (var line in predicted)
        {
            predictions[line.Id] = line.Figures;
        }

        var core = new PrfScore(0, 0, 0);
        var full = new PrfScore(0, 0, 0);
        var correct = new int[AttributeNames.Count];
        var total = 0;
        var errors = new List<ScoringError>();
        var articles = 0;
        var goldIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in gold)
        {
            articles++;
            goldIds.Add(line.Id);
            var predictedFigures = predictions.TryGetValue(line.Id, out var p) ? p : [];
            var (articleCore, articleFull) = ScoreArticle(line.Id, line.Figures, predictedFigures, correct, ref total, errors);
            core += articleCore;
            full += articleFull;
        }

        // Predictions for articles with no gold line are all false positives.
        foreach (var (id, figures) in predictions)
        {
            if (goldIds.Contains(id))
            {
                continue;
            }

            core += new PrfScore(0, figures.Count, 0);
            full += new PrfScore(0, figures.Count, 0);
            errors.AddRange(figures.Select(f => new ScoringError(id, ScoringErrorKind.FalsePositive, null, f, [])));
        }

        var attributes = AttributeNames.Select((name, i) => new AttributeAccuracy(name, correct[i], total)).ToList();
        return new ScoreReport(core, full, attributes, errors, articles);
    }

    /// <summary>True when the two authorities count as equal (any two <c>other:</c> issuers do).</summary>
    public static bool SameAuthority(string? gold, string? predicted) =>
        string.Equals(gold, predicted, StringComparison.Ordinal)
        || (gold is not null && predicted is not null && gold.StartsWith("other:", StringComparison.Ordinal) && predicted.StartsWith("other:", StringComparison.Ordinal));

    /// <summary>The attributes (of <see cref="AttributeNames"/>) on which a matched pair disagrees.</summary>
    public static List<string> Disagreements(CasualtyFigure gold, CasualtyFigure predicted)
    {
        var wrong = new List<string>();
        if (gold.Region != predicted.Region)
        {
            wrong.Add("region");
        }

        if (!SameAuthority(gold.Authority, predicted.Authority))
        {
            wrong.Add("authority");
        }

        if (gold.ReportedOn != predicted.ReportedOn)
        {
            wrong.Add("reported_on");
        }

        if (gold.Basis != predicted.Basis)
        {
            wrong.Add("basis");
        }

        if (gold.Qualifier != predicted.Qualifier)
        {
            wrong.Add("qualifier");
        }

        return wrong;
    }

    private static bool FullAgree(CasualtyFigure gold, CasualtyFigure predicted) =>
        gold.Region == predicted.Region && SameAuthority(gold.Authority, predicted.Authority) && gold.ReportedOn == predicted.ReportedOn;

    private static bool SameCore(CasualtyFigure gold, CasualtyFigure predicted, bool allowVague) =>
        gold.Category == predicted.Category && gold.Subgroup == predicted.Subgroup
        && (gold.Value == predicted.Value || (allowVague && gold.Qualifier == FigureQualifier.Vague && predicted.Qualifier == FigureQualifier.Vague));

    private static (PrfScore Core, PrfScore Full) ScoreArticle(
        string id, IReadOnlyList<CasualtyFigure> gold, IReadOnlyList<CasualtyFigure> predicted, int[] correct, ref int total, List<ScoringError> errors)
    {
        var goldMatch = new int[gold.Count];
        var predMatch = new int[predicted.Count];
        Array.Fill(goldMatch, -1);
        Array.Fill(predMatch, -1);

        // Greedy passes, most specific first: required + exact value + attributes agree, required + exact value,
        // required + vague, then optional figures. Within a pass, text order.
        Pass(g => g.Required, allowVague: false, needFull: true);
        Pass(g => g.Required, allowVague: false, needFull: false);
        Pass(g => g.Required, allowVague: true, needFull: false);
        Pass(g => !g.Required, allowVague: false, needFull: false);
        Pass(g => !g.Required, allowVague: true, needFull: false);

        int tp = 0, fullTp = 0, fn = 0, fp = 0;
        for (var g = 0; g < gold.Count; g++)
        {
            if (!gold[g].Required)
            {
                continue;
            }

            if (goldMatch[g] < 0)
            {
                fn++;
                errors.Add(new ScoringError(id, ScoringErrorKind.Miss, gold[g], null, []));
                continue;
            }

            tp++;
            total++;
            var pred = predicted[goldMatch[g]];
            var wrong = Disagreements(gold[g], pred);
            for (var a = 0; a < AttributeNames.Count; a++)
            {
                if (!wrong.Contains(AttributeNames[a]))
                {
                    correct[a]++;
                }
            }

            if (FullAgree(gold[g], pred))
            {
                fullTp++;
            }

            if (wrong.Count > 0)
            {
                errors.Add(new ScoringError(id, ScoringErrorKind.WrongAttributes, gold[g], pred, wrong));
            }
        }

        for (var p = 0; p < predicted.Count; p++)
        {
            if (predMatch[p] < 0)
            {
                fp++;
                errors.Add(new ScoringError(id, ScoringErrorKind.FalsePositive, null, predicted[p], []));
            }
        }

        var wrongFull = tp - fullTp;
        return (new PrfScore(tp, fp, fn), new PrfScore(fullTp, fp + wrongFull, fn + wrongFull));

        void Pass(Func<CasualtyFigure, bool> which, bool allowVague, bool needFull)
        {
            for (var g = 0; g < gold.Count; g++)
            {
                if (goldMatch[g] >= 0 || !which(gold[g]))
                {
                    continue;
                }

                for (var p = 0; p < predicted.Count; p++)
                {
                    if (predMatch[p] >= 0 || !SameCore(gold[g], predicted[p], allowVague) || (needFull && !FullAgree(gold[g], predicted[p])))
                    {
                        continue;
                    }

                    goldMatch[g] = p;
                    predMatch[p] = g;
                    break;
                }
            }
        }
    }
}
