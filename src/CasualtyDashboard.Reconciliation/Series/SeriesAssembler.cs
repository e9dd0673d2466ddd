using CasualtyDashboard.Reconciliation.Messages;
using M = CasualtyDashboard.Reconciliation.Messages.ReconciliationMessages;
using CasualtyDashboard.Reconciliation.Claims;
using CasualtyDashboard.Reconciliation.Conflicts;

namespace CasualtyDashboard.Reconciliation.Series;

/// <summary>
/// Walks one sorted series once, date by date: collapses each source's claims to one statement (own publication, most
/// independent outlets, latest), sets restatements and superseded values aside, chooses the reconciled value, and raises
/// the flags that need only this series.
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
            if (key.IsCumulative && !group.SinceInferred)
            {
                FlagSinceMismatch(point, points.Count > 1 ? points[^2] : null);
            }

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
        var point = BuildPoint(key, date, claims, start, end, history, findStale: true);

        // A day on which every claim restates an older value still has a value: those claims (a decrease, if any, is flagged).
        return point ?? BuildPoint(key, date, claims, start, end, history, findStale: false)!;
    }

    private SeriesPoint? BuildPoint(
        SeriesKey key, DateOnly date, List<Claim> claims, int start, int end, Dictionary<string, List<(DateOnly Date, long Value)>> history, bool findStale)
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

            // Within one authority, news claims sort before the reference series; superseded values are set aside.
            var news = new List<Claim>(j - i);
            var reference = new List<Claim>(1);
            var newsSuperseded = new List<Claim>();
            var referenceSuperseded = new List<Claim>();
            for (var k = i; k < j; k++)
            {
                var claim = claims[k];
                (claim.IsSuperseded ? (claim.IsReference ? referenceSuperseded : newsSuperseded) : (claim.IsReference ? reference : news)).Add(claim);
            }

            long? referenceValue = reference.Count > 0 ? reference[^1].Value : null;
            if (news.Count > 0)
            {
                var stale = key.IsCumulative && findStale ? FindStale(news, referenceValue, history.GetValueOrDefault(authority), date) : [];
                var source = Collapse(news, stale, newsSuperseded);
                sources.Add(source);
                staleSince.AddRange(stale.Select(s => (source, s.Claim, s.Earlier)));
            }

            if (reference.Count > 0)
            {
                sources.Add(Collapse(reference, [], referenceSuperseded));
            }

            i = j;
        }

        var candidates = sources.Where(s => !s.IsRestatementOnly).ToList();
        if (candidates.Count == 0)
        {
            return null;
        }

        var point = new SeriesPoint(key, date, sources);
        point.Reconciled = Choose(point, candidates);

        // Until an analyst decides, the band shows every disagreeing value of the day, not only each source's choice.
        point.Low = candidates.SelectMany(s => s.Current).Min(c => c.Value);
        point.High = candidates.SelectMany(s => s.Current).Max(c => c.Value);
        foreach (var bySource in staleSince.GroupBy(s => s.Source))
        {
            var current = point.FindSource(bySource.Key.Authority, isReference: true) ?? point.FindSource(bySource.Key.Authority, false);
            var restated = MessageArg.List(bySource.Select(s =>
                Message.Of(M.Restates, Describe.Claim(s.Claim), MessageArg.Authority(s.Claim.Authority), Describe.Day(s.Earlier))));
            flags.Raise(
                FlagType.StaleCitation,
                point,
                [bySource.Key.Authority],
                bySource.Select(s => s.Claim.ClaimId),
                current is null
                    ? Message.Of(M.StaleCitation, restated, MessageArg.Authority(bySource.Key.Authority))
                    : Message.Of(M.StaleCitationWithCurrent, restated, MessageArg.Authority(bySource.Key.Authority), Describe.Day(date), Describe.Number(current.Value)));
        }

        foreach (var source in sources.Where(s => s.Superseded.Count > 0))
        {
            flags.Raise(
                FlagType.Revision,
                point,
                [Describe.KeyPart(source)],
                source.Superseded.Select(c => c.ClaimId).Append(source.Latest.ClaimId),
                Message.Of(M.Revision, Describe.Label(source), Describe.Day(date),
                    MessageArg.List(source.Superseded.Select(c => Message.Of(M.EarlierValue, Describe.Number(c.Value), MessageArg.Text(c.Evidence)))),
                    Describe.Number(source.Value)));
        }

        return point;
    }

    /// <summary>
    /// A news claim is stale when its value is one its authority gave on an earlier date within the look-back and the
    /// authority has replaced it since: by another value on a later date, or today (the reference's value, or a news value
    /// not seen before). A value the authority still stands by is no restatement.
    /// </summary>
    private List<(Claim Claim, DateOnly Earlier)> FindStale(
        List<Claim> news, long? referenceValue, List<(DateOnly Date, long Value)>? earlier, DateOnly date)
    {
        if (earlier is null)
        {
            return [];
        }

        var seen = new DateOnly?[news.Count];
        var fresh = new List<long>(2);
        if (referenceValue is { } r)
        {
            fresh.Add(r);
        }

        for (var k = 0; k < news.Count; k++)
        {
            seen[k] = SeenEarlier(earlier, news[k].Value, date);
            if (seen[k] is null)
            {
                fresh.Add(news[k].Value);
            }
        }

        var stale = new List<(Claim, DateOnly)>();
        for (var k = 0; k < news.Count; k++)
        {
            var value = news[k].Value;
            if (seen[k] is { } day && value != referenceValue && (fresh.Exists(f => f != value) || ReplacedAfter(earlier, day, value)))
            {
                stale.Add((news[k], day));
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

    /// <summary>The authority gave another value after <paramref name="day"/> (the history is in date order).</summary>
    private static bool ReplacedAfter(List<(DateOnly Date, long Value)> earlier, DateOnly day, long value)
    {
        for (var k = earlier.Count - 1; k >= 0 && earlier[k].Date > day; k--)
        {
            if (earlier[k].Value != value)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// One source's claims of the day (in statement order) collapsed to one statement: when they differ, the authority's
    /// own publication, else the value most independent outlets cite, else the latest statement.
    /// </summary>
    private SourceValue Collapse(List<Claim> claims, List<(Claim Claim, DateOnly Earlier)> stale, List<Claim> superseded)
    {
        var first = claims[0];
        var tier = ranking.Tier(first.Authority);
        var staleClaims = stale.ConvertAll(s => s.Claim);
        var current = staleClaims.Count == 0 ? claims : claims.FindAll(c => !staleClaims.Contains(c));
        if (current.Count == 0)
        {
            return new SourceValue(first.Authority, first.IsReference, tier, staleClaims[^1], [], staleClaims, true) { Superseded = superseded };
        }

        var (chosen, selection) = Select(current);
        var others = new List<Claim>(current.Count - 1);
        foreach (var claim in current)
        {
            if (!ReferenceEquals(claim, chosen))
            {
                others.Add(claim);
            }
        }

        return new SourceValue(first.Authority, first.IsReference, tier, chosen, others, staleClaims, false)
        {
            Selection = selection,
            Superseded = superseded,
        };
    }

    private (Claim Chosen, SourceSelection Selection) Select(List<Claim> current)
    {
        var last = current[^1];
        if (current.TrueForAll(c => c.Value == last.Value))
        {
            return (last, SourceSelection.Single);
        }

        var own = current.FindLast(IsOwnPublication);
        if (own is not null)
        {
            return (own, SourceSelection.OwnPublication);
        }

        var counts = current.Select(c => c.Value).Distinct()
            .Select(v => (Value: v, Count: SourceValue.IndependentCount(current, v)))
            .OrderByDescending(x => x.Count)
            .ToList();
        if (counts[0].Count > counts[1].Count)
        {
            return (current.FindLast(c => c.Value == counts[0].Value)!, SourceSelection.MostSources);
        }

        var tied = counts.Where(x => x.Count == counts[0].Count).Select(x => x.Value).ToHashSet();
        return (current.FindLast(c => tied.Contains(c.Value))!, SourceSelection.LatestStatement);
    }

    private bool IsOwnPublication(Claim claim) => claim.IsOwnPublication(options);

    private ReconciledValue Choose(SeriesPoint point, List<SourceValue> candidates)
    {
        var current = candidates.SelectMany(s => s.Current).ToList();
        if (decisions.ForPoint(point.Key) is { } resolution)
        {
            var chosen = resolution.ChosenClaimId is { } id && current.Exists(c => c.ClaimId == id) ? new[] { id } : [];
            return new ReconciledValue(
                resolution.Value, ReconciliationRule.AnalystResolution, chosen,
                Message.Of(M.ResolvedBy, MessageArg.Text(resolution.By), MessageArg.Text(resolution.Note)), resolution);
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
        Message why;
        if (values.Count == 1)
        {
            value = values[0];
            (rule, why) = top.Find(s => s.Selection != SourceSelection.Single) is { } split
                ? WithinSource(split)
                : (ReconciliationRule.AuthorityPriority, Message.Of(M.AuthorityPriority, Describe.Labels(top)));
        }
        else
        {
            var citations = values.Select(v => (Value: v, Count: SourceValue.IndependentCount(current, v))).OrderByDescending(x => x.Count).ToList();
            if (citations[0].Count > citations[1].Count)
            {
                value = citations[0].Value;
                rule = ReconciliationRule.MostCited;
                why = Message.Of(M.MostCited, Describe.Sources(top), Describe.Number(value), Describe.Number(citations[0].Count));
            }
            else
            {
                var tied = citations.Where(x => x.Count == citations[0].Count).Select(x => x.Value).ToHashSet();
                var latest = top.Where(s => tied.Contains(s.Value)).MaxBy(s => s.Latest.StatedAt)!;
                value = latest.Value;
                rule = ReconciliationRule.LatestStatement;
                why = Message.Of(M.LatestStatement, Describe.Sources(top), Describe.Label(latest));
            }
        }

        return new ReconciledValue(value, rule, current.Where(c => c.Value == value).Select(c => c.ClaimId).ToArray(), why);
    }

    /// <summary>The rule and sentence of a value chosen among disagreeing quotes of one authority.</summary>
    private static (ReconciliationRule, Message) WithinSource(SourceValue source)
    {
        var others = Describe.Claims(source.History.Where(c => c.Value != source.Value));
        var authority = MessageArg.Authority(source.Authority);
        return source.Selection switch
        {
            SourceSelection.OwnPublication => (ReconciliationRule.OwnPublication,
                Message.Of(M.OwnPublication, authority, others, Describe.Claim(source.Latest))),
            SourceSelection.MostSources => (ReconciliationRule.MostCited,
                Message.Of(M.QuotesMostCited, authority, others, Describe.Number(source.Value), Describe.Number(SourceValue.IndependentCount(source.Current, source.Value)))),
            _ => (ReconciliationRule.LatestStatement,
                Message.Of(M.QuotesLatest, authority, others, Describe.Claim(source.Latest))),
        };
    }

    private void FlagValueConflicts(SeriesPoint point)
    {
        var candidates = point.Sources.Where(s => !s.IsRestatementOnly).ToList();
        var news = candidates.FindAll(s => !s.IsReference);
        foreach (var source in news)
        {
            FlagSameAuthority(point, source, point.FindSource(source.Authority, isReference: true));
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
                Message.Of(M.CrossSource, Describe.Day(point.Date), Describe.Sources(disagreeing)));
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
                    Message.Of(M.ReferenceDeparture, MessageArg.Authority(reference.Authority), Describe.Number(reference.Value), Describe.Day(point.Date), Describe.Sources(departing)));
            }
        }
    }

    /// <summary>
    /// Quotes of one authority for one day are held against its published series when there is one, else against the
    /// statement chosen for the day. A digit-level difference is a transcription slip; a difference within the tolerance
    /// is agreement; an earlier, lower statement is an earlier update of the day; any other gap is an earlier or later
    /// update of that day (<see cref="FlagType.SameDayUpdate"/>), never a transcription.
    /// </summary>
    private void FlagSameAuthority(SeriesPoint point, SourceValue news, SourceValue? reference)
    {
        var yardstick = reference?.Latest ?? news.Latest;
        var against = reference is null ? Describe.Claim(yardstick) : Describe.Number(yardstick.Value);
        var authority = MessageArg.Authority(news.Authority);
        var slips = new List<(Claim Claim, string Kind)>();
        var updates = new List<Claim>();
        foreach (var claim in news.Current)
        {
            if (ReferenceEquals(claim, yardstick) || claim.Value == yardstick.Value)
            {
                continue;
            }

            if (DigitSlip.Between(claim.Value, yardstick.Value) is { } kind)
            {
                slips.Add((claim, kind));
            }
            else if (!_tolerance.Agree(claim, yardstick)
                && !(reference is null && claim.StatedAt < yardstick.StatedAt && claim.Value < yardstick.Value))
            {
                updates.Add(claim);
            }
        }

        if (slips.Count > 0)
        {
            flags.Raise(FlagType.Transcription, point, [news.Authority], slips.Select(s => s.Claim.ClaimId).Append(yardstick.ClaimId),
                Message.Of(reference is null ? M.TranscriptionFromStatement : M.TranscriptionFromReference, authority, Describe.Day(point.Date), against,
                    MessageArg.List(slips.Select(s => Message.Of(M.Slip, Describe.Claim(s.Claim), MessageArg.Term(s.Kind))))));
        }

        if (updates.Count > 0)
        {
            flags.Raise(FlagType.SameDayUpdate, point, [news.Authority], updates.Select(c => c.ClaimId).Append(yardstick.ClaimId),
                Message.Of(reference is null ? M.SameDayUpdateFromStatement : M.SameDayUpdateFromReference, authority, Describe.Day(point.Date), against,
                    Describe.Claims(updates)));
        }
    }

    /// <summary>Claims stating another start day than the series (joined because their values continue it).</summary>
    private void FlagSinceMismatch(SeriesPoint point, SeriesPoint? previous)
    {
        var mismatched = point.Claims.Where(c => c.SeriesKey.Since != point.Series.Since).ToList();
        if (mismatched.Count == 0)
        {
            return;
        }

        var stated = MessageArg.List(mismatched.Select(c => c.SeriesKey.Since).Distinct()
            .Select(s => Message.Of(M.Value, s is { } day ? Describe.Day(day) : MessageArg.Term(M.TermNoDay))));
        var since = point.Series.Since is { } seriesSince ? Describe.Day(seriesSince) : MessageArg.Term(M.TermUnstatedDay);
        flags.Raise(
            FlagType.SinceMismatch,
            point,
            mismatched.Select(c => c.Authority),
            mismatched.Select(c => c.ClaimId),
            previous is null
                ? Message.Of(M.SinceMismatch, Describe.Claims(mismatched), stated, since)
                : Message.Of(M.SinceMismatchAfter, Describe.Claims(mismatched), stated, since, Describe.Number(previous.Reconciled.Value), Describe.Day(previous.Date)));
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
                        Message.Of(M.RetroactiveDeclared, Describe.Label(source), Describe.Day(point.Date)));
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
                    Message.Of(M.Decrease, Describe.Label(source), Describe.Number(timeline.LastValue), Describe.Day(timeline.LastDate), Describe.Number(source.Value), Describe.Day(point.Date)));
            }
            else
            {
                var rate = (double)step / days;
                var baseline = timeline.Baseline();
                var jump = baseline is { } b && step >= options.JumpMinimumStep && rate > options.JumpFactor * Math.Max(b, 1);
                var stepText = MessageArg.Of(baseline is { } median
                    ? Message.Of(M.StepAgainstMedian, Describe.Number(step), Describe.Number(days), Describe.Number(rate), Describe.Number(median))
                    : Message.Of(M.Step, Describe.Number(step), Describe.Number(days), Describe.Number(rate)));
                if (declared)
                {
                    flags.Raise(FlagType.RetroactiveAddition, point, [Describe.KeyPart(source)], involved,
                        Message.Of(jump ? M.RetroactiveExplainsJump : M.RetroactiveExplains, Describe.Label(source), Describe.Day(point.Date), stepText));
                }
                else if (jump)
                {
                    flags.Raise(FlagType.Jump, point, [Describe.KeyPart(source)], involved,
                        Message.Of(M.Jump, Describe.Label(source), stepText, Describe.Number(options.JumpFactor)));
                }

                timeline.AddRate(rate);
            }

            timeline.MoveTo(point.Date, source.Value, source.Latest);
        }
    }

    /// <summary>
    /// A dip of the reconciled line beyond the tolerance that no single source's decrease explains: the line passed from
    /// one source to another that counts lower. Dips within the tolerance are sources agreeing, not a decrease; a dip
    /// where the day's sources already disagree is that cross-source conflict; a fall back to a lower-ranked source on a
    /// day the leading one is silent is a gap in coverage.
    /// </summary>
    private void FlagReconciledDecrease(SeriesPoint previous, SeriesPoint point)
    {
        if (point.Increment!.Change < 0
            && !_tolerance.Agree(previous.Reconciled.Value, point.Reconciled.Value)
            && !point.Flags.Any(f => f.Type is FlagType.Decrease or FlagType.CrossSource)
            && !FallsBack(previous, point))
        {
            flags.Raise(
                FlagType.Decrease,
                point,
                ["reconciled"],
                previous.Reconciled.ClaimIds.Concat(point.Reconciled.ClaimIds),
                Message.Of(M.ReconciledDecrease, Describe.Number(previous.Reconciled.Value), Describe.Day(previous.Date),
                    Describe.Number(point.Reconciled.Value), Describe.Day(point.Date)));
        }
    }

    /// <summary>
    /// The line fell back to a lower-ranked source because the one it followed is silent that day (OCHA's weekly flash
    /// figures, its lagging verified ones between them): a gap in coverage, not a decrease the data holds.
    /// </summary>
    private static bool FallsBack(SeriesPoint previous, SeriesPoint point)
    {
        var before = Leading(previous);
        var now = Leading(point);
        return before is not null && now is not null && now.Tier > before.Tier
            && point.Sources.All(s => s.Authority != before.Authority || s.IsReference != before.IsReference || s.IsRestatementOnly);
    }

    /// <summary>The highest-ranked source giving the point's reconciled value, or null (an entered value).</summary>
    private static SourceValue? Leading(SeriesPoint point) =>
        point.Sources.Where(s => !s.IsRestatementOnly && s.Value == point.Reconciled.Value).OrderBy(s => s.Tier).FirstOrDefault();

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
