using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using CasualtyDashboard.Data.Entities;
using CasualtyDashboard.Extraction.Schema;
using CasualtyDashboard.Jobs.Ingestion;
using CasualtyDashboard.Reconciliation.Conflicts;
using CasualtyDashboard.Reconciliation.Series;
using CasualtyDashboard.Web.Services;
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
        // Keys passed straight to the localizer, and any other literal shaped like a key of a known section ("Feeds.Enabled"
        // in a conditional, say).
        var sections = english.Keys.Select(k => k.Split('.')[0]).ToHashSet();
        var texts = sources.Select(File.ReadAllText).ToList();
        var literal = texts.SelectMany(t => KeyPattern().Matches(t).Select(m => m.Groups[1].Value))
            .Concat(texts.SelectMany(t => KeyShapedLiteral().Matches(t).Select(m => m.Groups[1].Value)).Where(k => sections.Contains(k.Split('.')[0])))
            .ToHashSet();
        var codes = SchemaCodes.CategoryCodes.Concat(SchemaCodes.SubgroupCodes).Concat(SchemaCodes.QualifierCodes).Concat(SchemaCodes.BasisCodes)
            .Concat(FigureFilterQueryString.ReviewCodes).Select(c => $"Code.{c}");
        var dynamic = new[] { "ArticleState.Pending", "ArticleState.Extracted", "ArticleState.Failed", "Note.Action.created", "Note.Action.edited",
            "Note.Action.deleted", "Export.Download.csv", "Export.Download.json", "Export.Download.xlsx" }
            .Concat(OperationsKeys);

        Assert.NotEmpty(literal);
        var missing = literal.Concat(codes).Concat(dynamic).Where(k => !english.ContainsKey(k)).Distinct().ToList();
        Assert.True(missing.Count == 0, "No string for: " + string.Join(", ", missing));
    }

    /// <summary>Keys the Conflicts, Jobs, Import and Feeds pages build from codes and enum values.</summary>
    private static IEnumerable<string> OperationsKeys =>
        Enum.GetValues<FlagType>().Select(t => $"FlagType.{t.Code()}")
            .Concat(ConflictsPageService.States.Select(s => $"ConflictState.{s}"))
            .Concat(ConflictsPageService.States.Select(s => $"Conflicts.Filter.{s}"))
            .Concat(ConflictsPageService.Kinds.Select(k => $"Conflicts.Kind.{k}"))
            .Concat(["DecisionKind.resolution", "DecisionKind.dismissal"])
            .Concat(Enum.GetValues<ReconciliationRule>().Select(r => $"Rule.{r.Code()}"))
            .Concat(Enum.GetValues<JobRunState>().Select(s => $"JobRunState.{s}"))
            .Concat(typeof(CasualtyDashboard.Jobs.Scheduling.JobTriggers).GetFields().Where(f => f.IsLiteral && f.Name != "Key").Select(f => $"JobTrigger.{f.GetRawConstantValue()}"))
            .Concat(JobNames.Select(n => $"Job.{n}"))
            .Concat(Enum.GetValues<IngestStatus>().Select(s => $"IngestStatus.{s}"))
            .Concat(Enum.GetValues<FeedItemState>().Select(s => $"FeedItemState.{s}"))
            .Concat(CasualtyDashboard.Data.Audit.AuditActions.All.Select(a => $"AuditAction.{a}"))
            .Concat(CasualtyDashboard.Data.Audit.AuditEntities.All.Select(e => $"AuditEntity.{e}"));

    private static readonly string[] JobNames =
    [
        CasualtyDashboard.Jobs.Jobs.ExtractArticlesJob.Name, CasualtyDashboard.Jobs.Jobs.ReextractArticlesJob.Name, CasualtyDashboard.Jobs.Jobs.PollFeedsJob.Name,
        CasualtyDashboard.Jobs.Jobs.ImportWatchedFolderJob.Name, CasualtyDashboard.Jobs.Jobs.ReconcileFiguresJob.Name,
    ];

    // l["Key"], L["Key", ...] and L.Isolated("Key", ...): literal keys in the interface's code.
    [GeneratedRegex(@"(?:\b[lL]\[|\bIsolated\()""([A-Za-z]+\.[A-Za-z.]+)""", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex KeyPattern();

    [GeneratedRegex(@"""([A-Z][A-Za-z]*\.[A-Za-z][A-Za-z.]*)""", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex KeyShapedLiteral();

    private static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "CasualtyDashboard.sln"))) return dir.FullName;
        throw new InvalidOperationException("No CasualtyDashboard.sln above the test output.");
    }
}
