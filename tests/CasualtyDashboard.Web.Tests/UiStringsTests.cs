using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using CasualtyDashboard.Extraction.Schema;
using CasualtyDashboard.Web.Resources;
using CasualtyDashboard.Web.Services.Figures;

namespace CasualtyDashboard.Web.Tests;

public sealed partial class UiStringsTests
{
    private static readonly ResourceManager Resources = new(typeof(SharedResource));

    private static Dictionary<string, string> Strings(string culture) =>
        Resources.GetResourceSet(CultureInfo.GetCultureInfo(culture), createIfNotExists: true, tryParents: false)!
            .Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!);

    [Fact]
    public void Arabic_HasEveryEnglishStringTranslated()
    {
        var english = Strings("");
        var arabic = Strings("ar");

        Assert.Empty(english.Keys.Except(arabic.Keys));
        Assert.Empty(arabic.Keys.Except(english.Keys));
        // Every string with words is in Arabic letters ("#" and the like need no translation).
        var untranslated = english.Keys.Where(k => english[k].Any(char.IsLetter) && !arabic[k].Any(c => c >= '\u0600' && c <= '\u06FF')).ToList();
        Assert.True(untranslated.Count == 0, "Not in Arabic: " + string.Join(", ", untranslated));
    }

    [Fact]
    public void EveryKeyTheInterfaceAsksFor_HasAString()
    {
        var english = Strings("");
        var root = Root();
        var sources = Directory.EnumerateFiles(Path.Combine(root, "src", "CasualtyDashboard.Web"), "*.*", SearchOption.AllDirectories)
            .Where(p => (p.EndsWith(".razor", StringComparison.Ordinal) || p.EndsWith(".cs", StringComparison.Ordinal)) && !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"));
        var literal = sources.SelectMany(p => KeyPattern().Matches(File.ReadAllText(p)).Select(m => m.Groups[1].Value)).ToHashSet();
        var codes = SchemaCodes.CategoryCodes.Concat(SchemaCodes.SubgroupCodes).Concat(SchemaCodes.QualifierCodes).Concat(SchemaCodes.BasisCodes)
            .Concat(FigureFilterQueryString.ReviewCodes).Select(c => $"Code.{c}");
        var dynamic = new[] { "ArticleState.Pending", "ArticleState.Extracted", "ArticleState.Failed", "Note.Action.created", "Note.Action.edited",
            "Note.Action.deleted", "Export.Download.csv", "Export.Download.json", "Export.Download.xlsx" };

        Assert.NotEmpty(literal);
        var missing = literal.Concat(codes).Concat(dynamic).Where(k => !english.ContainsKey(k)).Distinct().ToList();
        Assert.True(missing.Count == 0, "No string for: " + string.Join(", ", missing));
    }

    [GeneratedRegex(@"\b[lL]\[""([A-Za-z]+\.[A-Za-z.]+)""", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex KeyPattern();

    private static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "CasualtyDashboard.sln"))) return dir.FullName;
        throw new InvalidOperationException("No CasualtyDashboard.sln above the test output.");
    }
}
