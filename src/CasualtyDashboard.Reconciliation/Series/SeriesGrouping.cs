using CasualtyDashboard.Reconciliation.Claims;

namespace CasualtyDashboard.Reconciliation.Series;

/// <summary>
/// Groups claims into series with one dictionary pass and one sort per series; joins a cumulative count stating another
/// start day to the series it continues (<see cref="SeriesJoins"/>); cuts a cumulative series where its count restarts
/// (the leading source falls below <see cref="ReconciliationOptions.ResetRatio"/> of its previous value), the rest
/// opening a new series whose start day is the first reporting date after the cut; and cuts other counts into eras.
/// </summary>
internal static class SeriesGrouping
{
    public static List<SeriesGroup> Group(IEnumerable<Claim> claims, AuthorityRanking ranking, ReconciliationOptions options)
    {
        var byKey = new Dictionary<SeriesKey, List<Claim>>();
        foreach (var claim in claims)
        {
            var key = GroupingKey(claim.SeriesKey);
            if (!byKey.TryGetValue(key, out var list))
            {
                list = [];
                byKey[key] = list;
            }

            list.Add(claim);
        }

        foreach (var list in byKey.Values)
        {
            list.Sort(ClaimOrder.Instance);
        }

        var groups = new Dictionary<SeriesKey, SeriesGroup>(byKey.Count);
        foreach (var (key, list) in SeriesJoins.JoinContinuing(byKey, options))
        {
            var pieces = key.IsCumulative ? SplitAtResets(key, list, ranking, options.ResetRatio) : SplitIntoEras(key, list, options.EraGapDays);
            foreach (var piece in pieces)
            {
                Add(groups, piece);
            }
        }

        var result = groups.Values.ToList();
        result.Sort((a, b) => string.CompareOrdinal(a.Key.ToString(), b.Key.ToString()));
        return result;
    }

    /// <summary>
    /// Period and incident counts of one quantity form one series whatever their span (each claim keeps its own span
    /// start), cut into eras below.
    /// </summary>
    private static SeriesKey GroupingKey(SeriesKey key) => key.IsCumulative ? key : key with { Since = null };

    /// <summary>
    /// Counts that are not running totals belong to one war or event: a gap of more than <paramref name="gapDays"/> days
    /// between reporting dates starts another era. The latest era keeps the key without a start day (stable as news
    /// arrives); each earlier era is keyed by its first day (the earliest span start or reporting date).
    /// </summary>
    private static List<SeriesGroup> SplitIntoEras(SeriesKey key, List<Claim> sorted, int gapDays)
    {
        var cuts = new List<int>();
        for (var k = 1; k < sorted.Count; k++)
        {
            if (sorted[k].ReportedOn.DayNumber - sorted[k - 1].ReportedOn.DayNumber > gapDays)
            {
                cuts.Add(k);
            }
        }

        if (cuts.Count == 0)
        {
            return [new SeriesGroup(key, sorted, false, null)];
        }

        var pieces = new List<SeriesGroup>(cuts.Count + 1);
        var start = 0;
        foreach (var cut in cuts.Append(sorted.Count))
        {
            var era = sorted.GetRange(start, cut - start);
            var first = era.Min(c => c.SeriesKey.Since is { } since && since < c.ReportedOn ? since : c.ReportedOn);
            pieces.Add(new SeriesGroup(cut == sorted.Count ? key : key with { Since = first }, era, false, null));
            start = cut;
        }

        return pieces;
    }

    private static void Add(Dictionary<SeriesKey, SeriesGroup> groups, SeriesGroup piece)
    {
        if (!groups.TryGetValue(piece.Key, out var existing))
        {
            groups[piece.Key] = piece;
            return;
        }

        // An inferred start day met a series stating the same one: they are one series, and the stated day stands.
        existing.Claims.AddRange(piece.Claims);
        existing.Claims.Sort(ClaimOrder.Instance);
        groups[piece.Key] = existing with
        {
            SinceInferred = existing.SinceInferred && piece.SinceInferred,
            SplitFrom = existing.SplitFrom ?? piece.SplitFrom,
        };
    }

    private static List<SeriesGroup> SplitAtResets(SeriesKey key, List<Claim> sorted, AuthorityRanking ranking, double resetRatio)
    {
        var runs = DateRuns(sorted, ranking);
        var pieces = new List<SeriesGroup>(1);
        var lastBySource = new Dictionary<(string, bool), long>();
        var currentKey = key;
        var inferred = false;
        SeriesKey? splitFrom = null;
        var start = 0;
        for (var r = 0; r < runs.Count; r++)
        {
            var (from, to, primary) = runs[r];
            var source = (primary.Authority, primary.IsReference);
            if (from > start
                && lastBySource.TryGetValue(source, out var previous)
                && primary.Value < resetRatio * previous
                && NextValueOf(sorted, runs, r + 1, source) is { } next && next < resetRatio * previous)
            {
                pieces.Add(new SeriesGroup(currentKey, sorted.GetRange(start, from - start), inferred, splitFrom));
                splitFrom = currentKey;
                currentKey = key with { Since = sorted[from].ReportedOn };
                inferred = true;
                start = from;
                lastBySource.Clear();
            }

            // Claims of a source are sorted by statement time, so the last one seen is its value for the day.
            for (var k = from; k < to; k++)
            {
                lastBySource[(sorted[k].Authority, sorted[k].IsReference)] = sorted[k].Value;
            }
        }

        pieces.Add(new SeriesGroup(currentKey, start == 0 ? sorted : sorted.GetRange(start, sorted.Count - start), inferred, splitFrom));
        return pieces;
    }

    /// <summary>The claims of each reporting date as index ranges, with the date's highest-ranked claim.</summary>
    private static List<(int From, int To, Claim Primary)> DateRuns(List<Claim> sorted, AuthorityRanking ranking)
    {
        var runs = new List<(int, int, Claim)>();
        var i = 0;
        while (i < sorted.Count)
        {
            var j = i;
            var primary = sorted[i];
            while (j < sorted.Count && sorted[j].ReportedOn == sorted[i].ReportedOn)
            {
                if (Outranks(sorted[j], primary, ranking))
                {
                    primary = sorted[j];
                }

                j++;
            }

            runs.Add((i, j, primary));
            i = j;
        }

        return runs;
    }

    /// <summary>
    /// The source's next value after a suspected restart: a restart must persist, so one low figure among normal ones
    /// stays a decrease. The look-ahead spans a few reporting dates.
    /// </summary>
    private static long? NextValueOf(List<Claim> sorted, List<(int From, int To, Claim Primary)> runs, int firstRun, (string, bool) source)
    {
        for (var r = firstRun; r < Math.Min(runs.Count, firstRun + 3); r++)
        {
            for (var k = runs[r].To - 1; k >= runs[r].From; k--)
            {
                if ((sorted[k].Authority, sorted[k].IsReference) == source)
                {
                    return sorted[k].Value;
                }
            }
        }

        return null;
    }

    private static bool Outranks(Claim candidate, Claim current, AuthorityRanking ranking)
    {
        var c = ranking.Tier(candidate.Authority).CompareTo(ranking.Tier(current.Authority));
        if (c != 0)
        {
            return c < 0;
        }

        if (candidate.IsReference != current.IsReference)
        {
            return candidate.IsReference;
        }

        return candidate.StatedAt > current.StatedAt;
    }
}
