using CasualtyDashboard.Extraction;
using CasualtyDashboard.Extraction.Model;

namespace CasualtyDashboard.Jobs.Tests;

/// <summary>
/// Stands in for the real extractor where a test needs failures on demand: texts containing "FAIL" throw, others give
/// one killed figure per digit run. The Arabic rules themselves are tested in the extraction tests.
/// </summary>
public sealed class ScriptedExtractor : ICasualtyExtractor
{
    public string Version { get; set; } = "scripted-1";

    public int Calls { get; private set; }

    /// <summary>Changes the output, as a new extractor version would (null: the digit runs as they are).</summary>
    public Func<IReadOnlyList<CasualtyFigure>, IReadOnlyList<CasualtyFigure>>? Revise { get; set; }

    public IReadOnlyList<CasualtyFigure> Extract(ArticleInput article)
    {
        Calls++;
        if (article.Text.Contains("FAIL", StringComparison.Ordinal)) throw new InvalidOperationException("scripted failure");
        var figures = System.Text.RegularExpressions.Regex.Matches(article.Text, "[0-9]+", default, TimeSpan.FromSeconds(1))
            .Select(m => new CasualtyFigure
            {
                Value = long.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture),
                Category = FigureCategory.Killed,
                Region = "gaza",
                Authority = "gaza_moh",
                ReportedOn = article.Published,
                Basis = FigureBasis.Cumulative,
                Evidence = m.Value,
                EvidenceStart = m.Index,
                EvidenceLength = m.Length,
                Rule = "scripted",
            }).ToList();
        return Revise is null ? figures : Revise(figures);
    }
}
