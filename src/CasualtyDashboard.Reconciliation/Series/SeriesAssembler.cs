using CasualtyDashboard.Reconciliation.Claims;
using CasualtyDashboard.Reconciliation.Conflicts;

namespace CasualtyDashboard.Reconciliation.Series;

/// <summary>
/// Walks one sorted series once, date by date: collapses each source's claims to its latest statement, sets restatements
/// aside, chooses the reconciled value, and raises the flags that need only this series.
/// </summary>
internal sealed class SeriesAssembler(ReconciliationOptions options, AuthorityRanking ranking, AnalystDecisions decisions, FlagSink flags)
{
    private readonly ValueTolerance _tolerance = new(options);

    public CasualtySeries Assemble(SeriesGroup group)
    {
        var key = group.Key;
        var claims = group.Claims;
        var points = new List<SeriesPoint>();
        var history = new Dictionary<string, List<(DateOnly Date, long Value)>>(StringComparer.Ordinal);
        var timelines = new Dictionary<(string, bool), SourceTimeline>();
        var lastChange = DateTime.MinValue;
        var i = 0;
        while (i < claims.Count)
        {
            var date = claims[i].ReportedOn;
            var j = i;
            while (j < claims.Count && claims[j].ReportedOn == date)
            {
                if (claims[j].StatedAt > lastChange)
                {
                    lastChange = claims[j].StatedAt;
                }

                j++;
            }

            var point = BuildPoint(key, date, claims, i, j, history);
            points.Add(point);
            if (key.Basis != Bases.Incident)
            {
                FlagValueConflicts(point);
            }

            if (key.IsCumulative)
            {
                FlagSteps(point, timelines);
                Remember(point, history);
                if (points.Count > 1)
                {
                    var previous = points[^2];
                    point.Increment = new Increment(
                        point.Reconciled.Value - previous.Reconciled.Value, date.DayNumber - previous.Date.DayNumber);
                    FlagReconciledDecrease(previous, point);
                }
            }

            i = j;
        }

        return new CasualtySeries(key, points, lastChange, group.SinceInferred, group.SplitFrom);
    }

    private SeriesPoint BuildPoint(
        SeriesKey key, DateOnly date, List<Claim> claims, int start, int end, Dictionary<string, List<(DateOnly Date, long Value)>> history)
    {
        var sources = new List<SourceValue>();
        var staleSince = new List<(SourceValue Source, Claim Claim, DateOnly Earlier)>();
        var i = start;
        while (i < end)
        {
            var authority = claims[i].Authority;
            var j = i;
            while (j < end && claims[j].Authority == authority)
            {
                j++;
            }

            // Within one authority, news claims sort before the reference series.
            var referenceStart = i;
            while (referenceStart < j && !claims[referenceStart].IsReference)
            {
                referenceStart++;
            }

            long? referenceValue = referenceStart < j ? claims[j - 1].Value : null;
            if (referenceStart > i)
            {
                var stale = key.IsCumulative
                    ? FindStale(claims, i, referenceStart, referenceValue, history.GetValueOrDefault(authority), date)
                    : [];
                var source = Collapse(claims, i, referenceStart, stale);
                sources.Add(source);
                staleSince.AddRange(stale.Select(s => (source, s.Claim, s.Earlier)));
            }

            if (referenceStart < j)
            {
                sources.Add(Collapse(claims, referenceStart, j, []));
            }

            i = j;
        }

        var point = new SeriesPoint(key, date, sources);
        var candidates = sources.Where(s => !s.IsRestatementOnly).ToList();
        point.Reconciled = Choose(point, candidates);
        point.Low = candidates.Min(s => s.Value);
        point.High = candidates.Max(s => s.Value);
        foreach (var bySource in staleSince.GroupBy(s => s.Source))
        {
            var current = point.FindSource(bySource.Key.Authority, isReference: true) ?? point.FindSource(bySource.Key.Authority, false);
            flags.Raise(
                FlagType.StaleCitation,
                point,
                [bySource.Key.Authority],
                bySource.Select(s => s.Claim.ClaimId),
                $"{string.Join("; ", bySource.Select(s => $"{Describe.Claim(s.Claim)} restates {s.Claim.Authority}'s value of {Describe.Day(s.Earlier)}"))}"
                + $", not its value of {Describe.Day(date)}{(current is null ? "" : $" ({current.Value})")}: a restatement, not a conflict.");
        }

        return point;
    }

    /// <summary>
    /// A news claim is stale when its value is one its authority gave on an earlier date within the look-back, while the
    /// authority has another, fresh value today (the reference's value, or a news value not seen before).
    /// </summary>
    private List<(Claim Claim, DateOnly Earlier)> FindStale(
        List<Claim> claims, int start, int end, long? referenceValue, List<(DateOnly Date, long Value)>? earlier, DateOnly date)
    {
        if (earlier is null)
        {
            return [];
        }

        var seen = new DateOnly?[end - start];
        var fresh = new List<long>(2);
        if (referenceValue is { } r)
        {
            fresh.Add(r);
        }

        for (var k = start; k < end; k++)
        {
            seen[k - start] = SeenEarlier(earlier, claims[k].Value, date);
            if (seen[k - start] is null)
            {
                fresh.Add(claims[k].Value);
            }
        }

        var stale = new List<(Claim, DateOnly)>();
        for (var k = start; k < end; k++)
        {
            var value = claims[k].Value;
            if (seen[k - start] is { } day && value != referenceValue && fresh.Exists(f => f != value))
            {
                stale.Add((claims[k], day));
            }
        }

        return stale;
    }

    private DateOnly? SeenEarlier(List<(DateOnly Date, long Value)> earlier, long value, DateOnly date)
    {
        var horizon = date.AddDays(-options.StaleLookbackDays);
        for (var k = earlier.Count - 1; k >= 0 && earlier[k].Date >= horizon; k--)
        {
            if (earlier[k].Value == value && earlier[k].Date < date)
            {
                return earlier[k].Date;
            }
        }

        return null;
    }

    private SourceValue Collapse(List<Claim> claims, int start, int end, List<(Claim Claim, DateOnly Earlier)> stale)
    {
        var first = claims[start];
        var tier = ranking.Tier(first.Authority);
        if (stale.Count == 0)
        {
            return new SourceValue(first.Authority, first.IsReference, tier, claims[end - 1], claims.GetRange(start, end - start - 1), [], false);
        }

        var staleClaims = stale.Select(s => s.Claim).ToList();
        var current = new List<Claim>(end - start);
        for (var k = start; k < end; k++)
        {
            if (!staleClaims.Contains(claims[k]))
            {
                current.Add(claims[k]);
            }
        }

        return current.Count == 0
            ? new SourceValue(first.Authority, first.IsReference, tier, staleClaims[^1], [], staleClaims, true)
            : new SourceValue(first.Authority, first.IsReference, tier, current[^1], current.GetRange(0, current.Count - 1), staleClaims, false);
    }

    private ReconciledValue Choose(SeriesPoint point, List<SourceValue> candidates)
    {
        var current = candidates.SelectMany(s => s.History.Append(s.Latest)).ToList();
        if (decisions.ForPoint(point.Key) is { } resolution)
        {
            var chosen = resolution.ChosenClaimId is { } id && current.Exists(c => c.ClaimId == id) ? new[] { id } : [];
            return new ReconciledValue(
                resolution.Value, ReconciliationRule.AnalystResolution, chosen, $"Resolved by {resolution.By}: {resolution.Note}", resolution);
        }

        var bestTier = candidates.Min(s => s.Tier);
        var top = candidates.Where(s => s.Tier == bestTier).ToList();
        if (top.Exists(s => s.IsReference))
        {
            top = top.FindAll(s => s.IsReference);
        }

        var values = top.Select(s => s.Value).Distinct().ToList();
        long value;
        ReconciliationRule rule;
        string why;
        if (values.Count == 1)
        {
            value = values[0];
            rule = ReconciliationRule.AuthorityPriority;
            why = $"{string.Join(", ", top.Select(s => s.Label))} ranks first by authority priority.";
        }
        else
        {
            var citations = values.Select(v => (Value: v, Count: current.Count(c => c.Value == v))).OrderByDescending(x => x.Count).ToList();
            if (citations[0].Count > citations[1].Count)
            {
                value = citations[0].Value;
                rule = ReconciliationRule.MostCited;
                why = $"The top-priority sources disagree ({Describe.Sources(top)}); {value} is cited by {citations[0].Count} claims, more than any other.";
            }
            else
            {
                var tied = citations.Where(x => x.Count == citations[0].Count).Select(x => x.Value).ToHashSet();
                var latest = top.Where(s => tied.Contains(s.Value)).MaxBy(s => s.Latest.StatedAt)!;
                value = latest.Value;
                rule = ReconciliationRule.LatestStatement;
                why = $"The top-priority sources disagree ({Describe.Sources(top)}) and are cited equally; {latest.Label}'s is the latest statement.";
            }
        }

        return new ReconciledValue(value, rule, current.Where(c => c.Value == value).Select(c => c.ClaimId).ToArray(), why);
    }

    private void FlagValueConflicts(SeriesPoint point)
    {
        var candidates = point.Sources.Where(s => !s.IsRestatementOnly).ToList();
        var news = candidates.FindAll(s => !s.IsReference);
        foreach (var source in news)
        {
            FlagTranscription(point, source, point.FindSource(source.Authority, isReference: true));
        }

        // News against a reference series is a reference departure, below; news against news and reference against reference are cross-source.
        var disagreeing = candidates.FindAll(a => candidates.Exists(b =>
            b.Authority != a.Authority && b.IsReference == a.IsReference && !_tolerance.Agree(a.Latest, b.Latest)));
        if (disagreeing.Count > 0)
        {
            flags.Raise(
                FlagType.CrossSource,
                point,
                disagreeing.Select(Describe.KeyPart),
                disagreeing.Select(s => s.Latest.ClaimId),
                $"Sources disagree on {Describe.Day(point.Date)} beyond the tolerance: {Describe.Sources(disagreeing)}.");
        }

        foreach (var reference in candidates.Where(s => s.IsReference))
        {
            var departing = news.FindAll(n => n.Authority != reference.Authority && !_tolerance.Agree(n.Latest, reference.Latest));
            if (departing.Count > 0)
            {
                flags.Raise(
                    FlagType.ReferenceDeparture,
                    point,
                    departing.Select(Describe.KeyPart).Append(Describe.KeyPart(reference)),
                    departing.Select(s => s.Latest.ClaimId).Append(reference.Latest.ClaimId),
                    $"News figures depart from the published series of {reference.Authority} ({reference.Value}) on {Describe.Day(point.Date)}: {Describe.Sources(departing)}.");
            }
        }
    }

    /// <summary>
    /// Claims quoting one authority for one day may rise through the day (intraday updates); any other difference among
    /// them, or between their latest value and the authority's published reference series, is a transcription error.
    /// </summary>
    private void FlagTranscription(SeriesPoint point, SourceValue news, SourceValue? reference)
    {
        var current = news.History.Append(news.Latest).ToList();
        var rising = true;
        for (var k = 1; k < current.Count && rising; k++)
        {
            rising = current[k].Value >= current[k - 1].Value;
        }

        List<Claim> differing;
        string reason;
        if (reference is not null)
        {
            differing = rising
                ? (news.Value != reference.Value ? [news.Latest] : [])
                : current.FindAll(c => c.Value != reference.Value);
            reason = $"Claims quoting {news.Authority} for {Describe.Day(point.Date)} give {Describe.Claims(differing)}, "
                + $"where {news.Authority}'s published series has {reference.Value}.";

            // News agreeing with the published series is no transcription error: the reference joins only a disagreement.
            if (differing.Count > 0)
            {
                differing.Add(reference.Latest);
            }
        }
        else
        {
            differing = rising || current.Select(c => c.Value).Distinct().Count() < 2 ? [] : current;
            reason = $"Claims quoting {news.Authority} for {Describe.Day(point.Date)} give different values that are not successive updates: "
                + $"{Describe.Claims(current)}.";
        }

        if (differing.Count > 0)
        {
            flags.Raise(FlagType.Transcription, point, [news.Authority], differing.Select(c => c.ClaimId), reason);
        }
    }

    private void FlagSteps(SeriesPoint point, Dictionary<(string, bool), SourceTimeline> timelines)
    {
        foreach (var source in point.Sources.Where(s => !s.IsRestatementOnly))
        {
            var declared = source.History.Append(source.Latest).Any(c => c.DeclaresRetroactiveAddition);
            if (!timelines.TryGetValue((source.Authority, source.IsReference), out var timeline))
            {
                if (declared)
                {
                    flags.Raise(FlagType.RetroactiveAddition, point, [Describe.KeyPart(source)], [source.Latest.ClaimId],
                        $"{source.Label} declares a retroactive addition to its cumulative on {Describe.Day(point.Date)}.");
                }

                timelines[(source.Authority, source.IsReference)] = new SourceTimeline(point.Date, source.Value, source.Latest, options.JumpBaselineSteps);
                continue;
            }

            var step = source.Value - timeline.LastValue;
            var days = point.Date.DayNumber - timeline.LastDate.DayNumber;
            var involved = new[] { timeline.LastClaim.ClaimId, source.Latest.ClaimId };
            if (step < 0)
            {
                flags.Raise(FlagType.Decrease, point, [Describe.KeyPart(source)], involved,
                    $"{source.Label}'s cumulative goes down from {timeline.LastValue} on {Describe.Day(timeline.LastDate)} to {source.Value} on {Describe.Day(point.Date)}.");
            }
            else
            {
                var rate = (double)step / days;
                var baseline = timeline.Baseline();
                var jump = baseline is { } b && step >= options.JumpMinimumStep && rate > options.JumpFactor * Math.Max(b, 1);
                var stepText = $"a step of +{step} in {days} day(s) ({Describe.Number(rate)}/day"
                    + (baseline is { } median ? $" against a recent median of {Describe.Number(median)}/day)" : ")");
                if (declared)
                {
                    flags.Raise(FlagType.RetroactiveAddition, point, [Describe.KeyPart(source)], involved,
                        $"{source.Label} declares a retroactive addition on {Describe.Day(point.Date)}; it explains {stepText}"
                        + (jump ? ", which is therefore not flagged as a jump." : "."));
                }
                else if (jump)
                {
                    flags.Raise(FlagType.Jump, point, [Describe.KeyPart(source)], involved,
                        $"{source.Label}'s cumulative makes {stepText}, more than {Describe.Number(options.JumpFactor)} times its recent rate, and no retroactive addition is declared.");
                }

                timeline.AddRate(rate);
            }

            timeline.MoveTo(point.Date, source.Value, source.Latest);
        }
    }

    /// <summary>
    /// A dip of the reconciled line beyond the tolerance that no single source's decrease explains: the line passed from
    /// one source to another that counts lower. Dips within the tolerance are sources agreeing, not a decrease.
    /// </summary>
    private void FlagReconciledDecrease(SeriesPoint previous, SeriesPoint point)
    {
        if (point.Increment!.Change < 0
            && !_tolerance.Agree(previous.Reconciled.Value, point.Reconciled.Value)
            && !point.Flags.Any(f => f.Type == FlagType.Decrease))
        {
            flags.Raise(
                FlagType.Decrease,
                point,
                ["reconciled"],
                previous.Reconciled.ClaimIds.Concat(point.Reconciled.ClaimIds),
                $"The reconciled cumulative goes down from {previous.Reconciled.Value} on {Describe.Day(previous.Date)} "
                + $"to {point.Reconciled.Value} on {Describe.Day(point.Date)}, from one source to another.");
        }
    }

    private static void Remember(SeriesPoint point, Dictionary<string, List<(DateOnly Date, long Value)>> history)
    {
        foreach (var source in point.Sources.Where(s => !s.IsRestatementOnly))
        {
            if (!history.TryGetValue(source.Authority, out var list))
            {
                list = [];
                history[source.Authority] = list;
            }

            list.Add((point.Date, source.Value));
        }
    }
}
