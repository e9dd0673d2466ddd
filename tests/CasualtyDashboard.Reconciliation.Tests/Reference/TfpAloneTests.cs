using CasualtyDashboard.Reconciliation.Messages;
using System.Text;
using CasualtyDashboard.Reconciliation.Claims;
using CasualtyDashboard.Reconciliation.Conflicts;
using CasualtyDashboard.Reconciliation.Reference;

namespace CasualtyDashboard.Reconciliation.Tests.Reference;

/// <summary>
/// Issue 10's second "done when": Tech for Palestine's three daily series and their revision history
/// (../shared/reference/tfp) reconciled alone raise only flags the data holds, each listed with why in
/// <c>Fixtures/tfp-alone-flags.tsv</c>, and every revision of an imported figure shows as a revision note.
/// Set CD_UPDATE_FIXTURES=1 to rewrite the fixture after a deliberate change of the rules, then review its diff.
/// </summary>
public class TfpAloneTests
{
    private static readonly Lazy<Run> Once = new(() => new Run());

    private static string FixturePath => Path.Combine(SharedData.RepositoryRoot(), "tests", "CasualtyDashboard.Reconciliation.Tests", "Fixtures", "tfp-alone-flags.tsv");

    [Fact]
    public void Reconcile_TfpAlone_RaisesExactlyTheFlagsListedInTheFixture()
    {
        var run = Once.Value;
        var actual = run.Result.Flags.Select(f => $"{f.Key.Value}\t{Why(f, run)}").Distinct().Order(StringComparer.Ordinal).ToList();
        if (Environment.GetEnvironmentVariable("CD_UPDATE_FIXTURES") == "1")
        {
            File.WriteAllLines(FixturePath, actual, new UTF8Encoding(false));
        }

        var expected = File.ReadAllLines(FixturePath).Where(l => l.Length > 0).ToList();
        Assert.Equal(expected, actual);
        Assert.DoesNotContain(run.Result.Flags, f => f.Type is FlagType.ReferenceDeparture or FlagType.StaleCitation or FlagType.Transcription or FlagType.SameDayUpdate or FlagType.SinceMismatch);
    }

    [Fact]
    public void Reconcile_TfpAlone_EveryFlagIsHeldByTheData()
    {
        var run = Once.Value;
        var tolerance = new ReconciliationOptions();
        foreach (var flag in run.Result.Flags)
        {
            var claims = flag.ClaimIds.Select(id => run.ById[id]).ToList();
            var held = flag.Type switch
            {
                FlagType.CrossSource => claims.Select(c => c.Authority).Distinct().Count() >= 2
                    && claims.Max(c => c.Value) - claims.Min(c => c.Value) > Math.Max(tolerance.AbsoluteTolerance, tolerance.RelativeTolerance * claims.Max(c => c.Value)),
                FlagType.Decrease => claims.Any(a => claims.Any(b => b.ReportedOn > a.ReportedOn && b.Value < a.Value
                    && (flag.Key.Value.EndsWith("#reconciled", StringComparison.Ordinal) || (a.Authority, a.IsReference) == (b.Authority, b.IsReference)))),
                FlagType.Jump => claims.Count == 2 && claims[0].Authority == claims[1].Authority && claims[1].Value - claims[0].Value >= tolerance.JumpMinimumStep,
                FlagType.InconsistentParts => claims.Count == 3 && claims[0].Value != claims[2].Value - claims[1].Value,
                FlagType.RetroactiveAddition => claims.Any(c => c.DeclaresRetroactiveAddition),
                FlagType.Revision => claims.Any(c => c.IsSuperseded) && !claims[^1].IsSuperseded,
                FlagType.Reset => claims.Any(c => c.SeriesKey.Since == new DateOnly(2026, 3, 2)),
                _ => false,
            };
            Assert.True(held, $"{flag.Key}: {flag.Reason.ToStored()}");
        }
    }

    [Fact]
    public void Reconcile_TfpWithRevisions_EveryRevisionOfAnImportedFigureIsVisibleAsOne()
    {
        var run = Once.Value;

        var noted = run.Result.Flags.Of(FlagType.Revision).SelectMany(f => f.ClaimIds).ToHashSet();
        Assert.NotEmpty(run.Revisions.Superseded);
        Assert.All(run.Revisions.Superseded, c => Assert.Contains(c.ClaimId, noted));

        // Every value_changed line of a figure the reader imports, on a row it imports, is one superseded claim.
        var imported = run.History.Count(r => r.Change == "value_changed" && r.Field is ("killed_cum" or "injured_cum" or "killed" or "injured")
            && r.Dataset == "casualties_daily.json" && run.ById.ContainsKey(ClaimIdOf(r)));
        Assert.Equal(imported, run.Revisions.Superseded.Count(c => c.SeriesKey.Region == "gaza" && c.SeriesKey.Subgroup == "all"));
        Assert.DoesNotContain("old value not a number", run.Revisions.NotImported.Keys);
        Assert.All(run.Revisions.NotImported.Keys, reason => Assert.Matches("^(field_added|field_removed|row_removed): |^ext_\\*|field not imported$|^row not imported", reason));

        var killed = Assert.Single(run.Result.Flags.Of(FlagType.Revision), f => f.Point.Value == "gaza||killed|all|cumulative|2023-10-07@2023-11-28");
        Assert.Equal(ReconciliationMessages.Revision, killed.Reason.Code);
        Assert.Equal("2023-11-28", killed.Reason.Args[1].Value);
    }

    private static long ClaimIdOf(TfpRevision revision)
    {
        var number = new[] { "killed_cum", "injured_cum", "killed_children_cum", "killed_women_cum", "med_killed_cum", "press_killed_cum", "killed", "injured" }.ToList().IndexOf(revision.Field);
        return -(10_000_000_000L + (revision.ReportDate.DayNumber * 100L) + number);
    }

    /// <summary>Why the data holds each kind of flag, written out in the fixture beside the flag's key.</summary>
    private static string Why(Flag flag, Run run)
    {
        var region = flag.Point.Value.Split('|')[0];
        return flag.Type switch
        {
            FlagType.Revision => "TFP replaced a value it had published (revisions.jsonl); the first value is kept as history",
            FlagType.RetroactiveAddition => "the row reports killed_committee or killed_succumbed: deaths added to the cumulative late",
            FlagType.CrossSource when region == "west_bank" => "OCHA's flash figures and its verified database give different totals that day (verified lags)",
            FlagType.CrossSource => "two authorities give different totals that day",
            FlagType.Decrease when flag.Key.Value.EndsWith("#reconciled", StringComparison.Ordinal) => "the reconciled line passes to another source that counts lower (no disagreement that day explains it)",
            FlagType.Decrease => "the source's own cumulative is lower than its previous report",
            FlagType.Jump => "the source's cumulative steps up by more than 8 times its recent daily rate, with no declared addition",
            FlagType.InconsistentParts => "the row's period count differs from the change of the same source's cumulative over the period",
            FlagType.Reset => "Lebanon's ministry restarted its count at zero for phase 2 (from 2026-03-02)",
            _ => "UNEXPECTED: " + run.Result.Flags.Count,
        };
    }

    private sealed class Run
    {
        public Run()
        {
            Current = new[] { "casualties_daily.json", "west_bank_daily.json", "lebanon_casualties_daily.json" }
                .SelectMany(f => TfpReferenceReader.ReadFile(SharedData.TfpFile(f))).ToList();
            using var reader = new StreamReader(SharedData.TfpFile("revisions.jsonl"));
            History = TfpRevisionReader.Read(reader);
            Revisions = TfpRevisionClaims.Map(History, Current);
            ById = Current.Concat(Revisions.Superseded).ToDictionary(c => c.ClaimId);
            Result = new Reconciler().Reconcile(Current.Concat(Revisions.Superseded));
        }

        public List<Claim> Current { get; }

        public IReadOnlyList<TfpRevision> History { get; }

        public TfpRevisionClaims.Result Revisions { get; }

        public Dictionary<long, Claim> ById { get; }

        public ReconciliationResult Result { get; }
    }
}
