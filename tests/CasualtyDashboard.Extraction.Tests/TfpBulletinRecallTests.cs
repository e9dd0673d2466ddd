using System.Text.Json;
using CasualtyDashboard.Extraction.Model;
using CasualtyDashboard.Extraction.Tests.Support;
using Xunit.Abstractions;

namespace CasualtyDashboard.Extraction.Tests;

/// <summary>
/// Recall of the labelled figures (killed, injured, their cumulatives, children and women killed) of the Gaza MoH
/// bulletins in reference/tfp/source_records.jsonl. Labels are TfP's, not the text's: a 24-hour "killed" label is the
/// change of the cumulative and may not be stated (README pitfall 1), so full recall is not expected.
/// </summary>
public sealed class TfpBulletinRecallTests(ITestOutputHelper output)
{
    // Measured 0.955 (191/200) with rules 1.0.0 and 1.1.0 (the misses are labels the text does not state); 0.960
    // (192/200) with rules 1.8.0 (a count followed by its breakdown in brackets, عدد الشهداء 8 (6 شهداء جدد + ...), is
    // read): of the labelled values the text writes, 192 of 193, the one left a 24-hour injured label whose number
    // appears only as "24 ساعة". The floor guards against regressions.
    private const double RecallFloor = 0.955;

    private static readonly (string Label, FigureCategory Category, FigureSubgroup Subgroup)[] Labels =
    [
        ("killed", FigureCategory.Killed, FigureSubgroup.All),
        ("injured", FigureCategory.Injured, FigureSubgroup.All),
        ("killed_cum", FigureCategory.Killed, FigureSubgroup.All),
        ("injured_cum", FigureCategory.Injured, FigureSubgroup.All),
        ("killed_children_cum", FigureCategory.Killed, FigureSubgroup.Children),
        ("killed_women_cum", FigureCategory.Killed, FigureSubgroup.Women),
    ];

    [Fact]
    public void Extract_GazaBulletins_RecallsLabelledFigures()
    {
        var extractor = new ArabicCasualtyExtractor();
        var perLabel = Labels.ToDictionary(l => l.Label, _ => (Found: 0, Total: 0));
        var misses = new List<string>();
        foreach (var line in File.ReadLines(SharedCorpus.Path("reference", "tfp", "source_records.jsonl")))
        {
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            if (root.GetProperty("area").GetString() != "gaza" || root.GetProperty("source_text").ValueKind != JsonValueKind.String)
            {
                continue;
            }

            var labels = root.GetProperty("labels");
            var date = DateOnly.Parse(labels.GetProperty("report_date").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
            var figures = extractor.Extract(new ArticleInput(root.GetProperty("source_text").GetString()!, date));
            foreach (var (label, category, subgroup) in Labels)
            {
                if (!labels.TryGetProperty(label, out var v) || !v.TryGetInt64(out var value))
                {
                    continue;
                }

                var hit = figures.Any(f => f.Value == value && f.Category == category && f.Subgroup == subgroup);
                var (f0, t0) = perLabel[label];
                perLabel[label] = (f0 + (hit ? 1 : 0), t0 + 1);
                if (!hit)
                {
                    misses.Add($"{date:yyyy-MM-dd} {label}={value}");
                }
            }
        }

        var found = perLabel.Values.Sum(v => v.Found);
        var total = perLabel.Values.Sum(v => v.Total);
        var recall = (double)found / total;
        foreach (var (label, (f, t)) in perLabel)
        {
            output.WriteLine($"{label,-22} {f}/{t}");
        }

        output.WriteLine($"recall {recall:F3} ({found}/{total}); misses: {string.Join(", ", misses)}");
        Assert.True(recall >= RecallFloor, $"bulletin recall {recall:F3} below {RecallFloor}");
    }
}
