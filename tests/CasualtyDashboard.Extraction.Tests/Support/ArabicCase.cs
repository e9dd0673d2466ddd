using System.Text.Json;
using CasualtyDashboard.Extraction.Model;
using CasualtyDashboard.Extraction.Schema;
using CasualtyDashboard.Extraction.Scoring;

namespace CasualtyDashboard.Extraction.Tests.Support;

/// <summary>One unit case from TestData/Arabic: a text, its publication date, the expected figures, and why.</summary>
public sealed record ArabicCase(string Name, string Note, ArticleInput Article, IReadOnlyList<ExpectedFigure> Expected)
{
    public static ArabicCase Load(string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "TestData", "Arabic", name + ".json");
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        var root = doc.RootElement;
        var published = root.TryGetProperty("published", out var p) && p.ValueKind == JsonValueKind.String ? DateOnly.Parse(p.GetString()!, System.Globalization.CultureInfo.InvariantCulture) : (DateOnly?)null;
        var outlet = root.TryGetProperty("outlet", out var o) && o.ValueKind == JsonValueKind.String ? o.GetString() : null;
        var article = new ArticleInput(root.GetProperty("text").GetString()!, published, outlet, name);
        var expected = root.GetProperty("expected").EnumerateArray().Select(ExpectedFigure.Read).ToList();
        return new ArabicCase(name, root.GetProperty("note").GetString()!, article, expected);
    }

    public override string ToString() => Name;
}

/// <summary>An expected figure: core fields always, other attributes (since included) only when the case states them.</summary>
public sealed record ExpectedFigure(CasualtyFigure Figure, IReadOnlySet<string> Stated)
{
    public static ExpectedFigure Read(JsonElement e)
    {
        var stated = e.EnumerateObject().Select(p => p.Name).ToHashSet();
        return new ExpectedFigure(SchemaJson.ReadFigure(e), stated);
    }

    /// <summary>Differences from an extracted figure, on the fields the case states (any two <c>other:</c> issuers agree, as in scoring).</summary>
    public IEnumerable<string> Differences(CasualtyFigure actual, string text)
    {
        var f = Figure;
        var checks = new (string Name, object? Expected, object? Actual)[]
        {
            ("qualifier", f.Qualifier, actual.Qualifier),
            ("region", f.Region, actual.Region),
            ("authority", f.Authority, Scorer.SameAuthority(f.Authority, actual.Authority) ? f.Authority : actual.Authority),
            ("reported_on", f.ReportedOn, actual.ReportedOn),
            ("basis", f.Basis, actual.Basis),
            ("since", f.Since, actual.Since),
        };
        foreach (var (name, expected, got) in checks.Where(c => Stated.Contains(c.Name)))
        {
            if (!Equals(expected, got))
            {
                yield return $"{f.Value} {name}: expected {expected}, got {got}";
            }
        }

        var span = text.Substring(actual.EvidenceStart, actual.EvidenceLength);
        if (span != actual.Evidence)
        {
            yield return $"{f.Value} evidence span [{actual.EvidenceStart},{actual.EvidenceLength}] is «{span}», not «{actual.Evidence}»";
        }

        if (Stated.Contains("evidence") && !actual.Evidence.Contains(f.Evidence, StringComparison.Ordinal))
        {
            yield return $"{f.Value} evidence: expected to contain «{f.Evidence}», got «{actual.Evidence}»";
        }
    }
}

/// <summary>Compares extracted figures with expected ones: each expected figure by value, category and subgroup.</summary>
public static class ExpectedFigures
{
    /// <summary>
    /// What is wrong: expected figures missing or with other stated attributes, a figure stated twice (more figures of
    /// one value, category and subgroup than expected), and — when <paramref name="extrasFail"/> — any other figure.
    /// </summary>
    public static List<string> Problems(IReadOnlyList<ExpectedFigure> expected, IReadOnlyList<CasualtyFigure> extracted, string text, bool extrasFail)
    {
        var actual = extracted.ToList();
        var problems = new List<string>();
        foreach (var e in expected)
        {
            var match = actual.FirstOrDefault(f => SameKey(f, e.Figure));
            if (match is null)
            {
                problems.Add($"missing {e.Figure.Value} {e.Figure.Category.Code()}/{e.Figure.Subgroup.Code()}");
                continue;
            }

            actual.Remove(match);
            problems.AddRange(e.Differences(match, text));
        }

        var extras = extrasFail ? actual : actual.Where(f => expected.Any(e => SameKey(f, e.Figure)));
        problems.AddRange(extras.Select(f => $"unexpected {f.Value} {f.Category.Code()}/{f.Subgroup.Code()} «{f.Evidence}» [{f.Rule}]"));
        return problems;
    }

    private static bool SameKey(CasualtyFigure a, CasualtyFigure b) => a.Value == b.Value && a.Category == b.Category && a.Subgroup == b.Subgroup;
}
