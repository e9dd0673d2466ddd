using CasualtyDashboard.Reconciliation.Messages;
using M = CasualtyDashboard.Reconciliation.Messages.ReconciliationMessages;
using CasualtyDashboard.Reconciliation.Claims;
using CasualtyDashboard.Reconciliation.Series;

namespace CasualtyDashboard.Reconciliation.Conflicts;

/// <summary>
/// Flags that compare series with each other: a subgroup above its total, a period count that disagrees with the change
/// of the cumulative, and restarts of a cumulative count. Lookups go through dictionaries and binary search.
/// </summary>
internal sealed class CrossSeriesChecks(IReadOnlyList<CasualtySeries> series, FlagSink flags)
{
    private readonly Dictionary<SeriesKey, CasualtySeries> _byKey = series.ToDictionary(s => s.Key);

    private readonly Dictionary<(string, string?, string, string), List<CasualtySeries>> _cumulativeFamilies = series
        .Where(s => s.Key.IsCumulative)
        .GroupBy(s => (s.Key.Region, s.Key.Area, s.Key.Category, s.Key.Subgroup))
        .ToDictionary(g => g.Key, g => g.OrderBy(s => s.Key.Since ?? DateOnly.MinValue).ToList());

    public void Run()
    {
        foreach (var part in series)
        {
            if (part.Key.Basis != Bases.Incident && part.Key.Subgroup != Bases.AllSubgroup
                && _byKey.TryGetValue(part.Key with { Subgroup = Bases.AllSubgroup }, out var total))
            {
                CompareWithTotal(part, total);
            }

            if (part.Key.Basis == Bases.Period
                && _cumulativeFamilies.TryGetValue((part.Key.Region, part.Key.Area, part.Key.Category, part.Key.Subgroup), out var cumulatives))
            {
                CompareWithCumulative(part, cumulatives);
            }
        }

        NoteResets();
    }

    private void CompareWithTotal(CasualtySeries part, CasualtySeries total)
    {
        foreach (var point in part.Points)
        {
            if (total.FindPoint(point.Date) is not { } whole)
            {
                continue;
            }

            var pairs = point.Sources
                .Where(s => !s.IsRestatementOnly)
                .Select(s => (Part: s, Whole: whole.FindSource(s.Authority, s.IsReference)))
                .Where(p => p.Whole is not null)
                .ToList();
            var exceeding = pairs.Count > 0
                ? pairs.Where(p => p.Part.Value > p.Whole!.Value)
                    .Select(p => (Label: Describe.KeyPart(p.Part), Text: Message.Of(M.PartAgainstWhole, Describe.Label(p.Part), Describe.Number(p.Part.Value), Describe.Number(p.Whole!.Value)), Ids: new[] { p.Part.Latest.ClaimId, p.Whole.Latest.ClaimId }))
                    .ToList()
                : point.Reconciled.Value > whole.Reconciled.Value
                    ? [("reconciled", Message.Of(M.ReconciledAgainstWhole, Describe.Number(point.Reconciled.Value), Describe.Number(whole.Reconciled.Value)), point.Reconciled.ClaimIds.Concat(whole.Reconciled.ClaimIds).ToArray())]
                    : [];
            if (exceeding.Count > 0)
            {
                flags.Raise(
                    FlagType.InconsistentParts,
                    point,
                    exceeding.Select(e => e.Label),
                    exceeding.SelectMany(e => e.Ids),
                    Message.Of(M.PartsExceedWhole, MessageArg.Code(part.Key.Subgroup), MessageArg.Code(part.Key.Category), Describe.Day(point.Date),
                        MessageArg.List(exceeding.Select(e => e.Text))));
            }
        }
    }

    /// <summary>A period count must equal the change of the same source's cumulative over the same span (span = since to the reporting date, at least one day).</summary>
    private void CompareWithCumulative(CasualtySeries periods, List<CasualtySeries> cumulatives)
    {
        foreach (var point in periods.Points)
        {
            foreach (var source in point.Sources.Where(s => !s.IsRestatementOnly))
            {
                var days = source.Latest.SeriesKey.Since is { } since ? Math.Max(1, point.Date.DayNumber - since.DayNumber) : 1;
                var start = point.Date.AddDays(-days);
                var comparable = false;
                var matched = false;
                (SourceValue From, SourceValue To)? mismatch = null;
                foreach (var cumulative in cumulatives)
                {
                    var to = cumulative.FindPoint(point.Date)?.FindSource(source.Authority, source.IsReference);
                    var from = cumulative.FindPoint(start)?.FindSource(source.Authority, source.IsReference);
                    if (to is null || from is null)
                    {
                        continue;
                    }

                    comparable = true;
                    matched |= to.Value - from.Value == source.Value;
                    mismatch ??= (from, to);
                }

                if (!comparable || matched)
                {
                    continue;
                }

                var (f, t) = mismatch!.Value;
                var declared = source.History.Append(source.Latest).Concat(t.History.Append(t.Latest)).Any(c => c.DeclaresRetroactiveAddition);
                MessageArg[] args = [Describe.Label(source), Describe.Number(source.Value), MessageArg.Code(periods.Key.Category), Describe.Number(days),
                    Describe.Day(point.Date), Describe.Number(t.Value - f.Value), Describe.Number(f.Value), Describe.Day(start), Describe.Number(t.Value)];
                flags.Raise(
                    declared ? FlagType.RetroactiveAddition : FlagType.InconsistentParts,
                    point,
                    [Describe.KeyPart(source)],
                    [source.Latest.ClaimId, f.Latest.ClaimId, t.Latest.ClaimId],
                    Message.Of(declared ? M.PeriodMismatchDeclared : M.PeriodMismatch, args));
            }
        }
    }

    /// <summary>Notes the first point of every series that restarts a count: split off at a detected restart, or stating a later start day than a sibling.</summary>
    private void NoteResets()
    {
        foreach (var family in _cumulativeFamilies.Values)
        {
            CasualtySeries? earlierStated = null;
            foreach (var current in family)
            {
                if (current.SplitFrom is { } parentKey && _byKey.TryGetValue(parentKey, out var parent))
                {
                    var last = parent.Points[^1];
                    var first = current.Points[0];
                    flags.Raise(
                        FlagType.Reset,
                        first,
                        [],
                        first.Reconciled.ClaimIds.Concat(last.Reconciled.ClaimIds),
                        Message.Of(M.ResetSplit, Describe.Number(first.Reconciled.Value), Describe.Day(first.Date), Describe.Number(last.Reconciled.Value), Describe.Day(last.Date)));
                }
                else if (current.Key.Since is { } since && !current.SinceInferred)
                {
                    if (earlierStated is not null)
                    {
                        var first = current.Points[0];
                        flags.Raise(
                            FlagType.Reset,
                            first,
                            [],
                            first.Reconciled.ClaimIds,
                            Message.Of(M.ResetStated, Describe.Day(since), Describe.Day(earlierStated.Key.Since!.Value)));
                    }

                    earlierStated = current;
                }
            }
        }
    }
}
