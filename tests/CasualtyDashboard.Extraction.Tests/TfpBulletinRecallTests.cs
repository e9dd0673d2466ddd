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
    // appears only as "24 ساعة". The floors guard against regressions: all labels, and the labels whose value the text
    // writes as a number somewhere (issue 9 asks >= 0.99 of those).
    private const double RecallFloor = 0.959;

    private const double WrittenRecallFloor = 0.994;

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
        var (writtenFound, writtenTotal) = (0, 0);
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
            var text = root.GetProperty("source_text").GetString()!;
            var figures = extractor.Extract(new ArticleInput(text, date));
            var written = NumbersWritten(text);
            foreach (var (label, category, subgroup) in Labels)
            {
                if (!labels.TryGetProperty(label, out var v) || !v.TryGetInt64(out var value))
                {
                    continue;
                }

                var hit = figures.Any(f => f.Value == value && f.Category == category && f.Subgroup == subgroup);
                var (f0, t0) = perLabel[label];
                perLabel[label] = (f0 + (hit ? 1 : 0), t0 + 1);
                if (written.Contains(value))
                {
                    (writtenFound, writtenTotal) = (writtenFound + (hit ? 1 : 0), writtenTotal + 1);
                }

                if (!hit)
                {
                    misses.Add($"{date:yyyy-MM-dd} {label}={value}{(written.Contains(value) ? " (written)" : "")}");
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

        var writtenRecall = (double)writtenFound / writtenTotal;
        output.WriteLine($"recall {recall:F3} ({found}/{total}); of values written in the text {writtenRecall:F3} ({writtenFound}/{writtenTotal}); misses: {string.Join(", ", misses)}");
        Assert.True(recall >= RecallFloor, $"bulletin recall {recall:F3} below {RecallFloor}");
        Assert.True(writtenRecall >= WrittenRecallFloor, $"bulletin recall of written values {writtenRecall:F3} below {WrittenRecallFloor}");
    }

    /// <summary>
    /// Every number the text writes in digits (ASCII or Arabic-Indic, with thousands separators , ، ٬ between groups):
    /// a label counts as written when its value is one of them.
    /// </summary>
    internal static HashSet<long> NumbersWritten(string text)
    {
        var numbers = new HashSet<long>();
        for (var i = 0; i < text.Length;)
        {
            if (DigitValue(text[i]) < 0)
            {
                i++;
                continue;
            }

            long value = 0;
            var digits = 0;
            for (; i < text.Length; i++)
            {
                if (DigitValue(text[i]) is var d and >= 0)
                {
                    value = digits < 18 ? value * 10 + d : value;
                    digits++;
                }
                else if (text[i] is not (',' or '\u060C' or '\u066C') || i + 1 >= text.Length || DigitValue(text[i + 1]) < 0)
                {
                    break;
                }
            }

            numbers.Add(value);
        }

        return numbers;
    }

    private static int DigitValue(char c) =>
        char.IsAsciiDigit(c) ? c - '0' : (uint)(c - '\u0660') <= 9 ? c - '\u0660' : (uint)(c - '\u06F0') <= 9 ? c - '\u06F0' : -1;

    [Theory]
    [InlineData("عدد الإصابات: 3,157 و 24 ساعة", new long[] { 3157, 24 })]
    [InlineData("الحصيلة ١٢٣٬٤٥٦، ثم 4،198 جريحا", new long[] { 123456, 4198 })]
    [InlineData("في 7 أكتوبر 2023.", new long[] { 7, 2023 })]
    public void NumbersWritten_ReadsDigitRunsWithSeparators(string text, long[] expected) =>
        Assert.Equal(expected.Order(), NumbersWritten(text).Order());
}
