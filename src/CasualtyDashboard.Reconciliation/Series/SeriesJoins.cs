using CasualtyDashboard.Reconciliation.Claims;

namespace CasualtyDashboard.Reconciliation.Series;

/// <summary>
/// Series identity for cumulative counts: a count stating another start day than a continuing series of the same toll
/// (region, area, category, subgroup) is that series when its first value continues it: a start day one year off (a
/// "since 7 October" read in the wrong year), or a restart at about the value the series had reached. Such counts join
/// the series (each claim keeps its stated start day, and the assembler notes it) instead of opening a new one. A count
/// that restarts low (a new counting phase from zero, a count since a ceasefire) stays a series of its own.
/// </summary>
internal static class SeriesJoins
{
    public static IEnumerable<(SeriesKey Key, List<Claim> Claims)> JoinContinuing(Dictionary<SeriesKey, List<Claim>> byKey, ReconciliationOptions options)
    {
        var families = new Dictionary<(string, string?, string, string), List<SeriesKey>>();
        foreach (var key in byKey.Keys)
        {
            if (!key.IsCumulative)
            {
                yield return (key, byKey[key]);
                continue;
            }

            var family = (key.Region, key.Area, key.Category, key.Subgroup);
            if (!families.TryGetValue(family, out var keys))
            {
                keys = [];
                families[family] = keys;
            }

            keys.Add(key);
        }

        foreach (var keys in families.Values)
        {
            if (keys.Count == 1)
            {
                yield return (keys[0], byKey[keys[0]]);
                continue;
            }

            foreach (var joined in Join(keys, byKey, options))
            {
                yield return joined;
            }
        }
    }

    private static List<(SeriesKey, List<Claim>)> Join(List<SeriesKey> keys, Dictionary<SeriesKey, List<Claim>> byKey, ReconciliationOptions options)
    {
        // Oldest first reporting date first; each later one may continue an earlier one.
        var ordered = keys.OrderBy(k => byKey[k][0].ReportedOn).ThenBy(k => k.Since ?? DateOnly.MinValue).ToList();
        var parent = Enumerable.Range(0, ordered.Count).ToArray();
        int Find(int i) => parent[i] == i ? i : parent[i] = Find(parent[i]);
        for (var b = 1; b < ordered.Count; b++)
        {
            var later = byKey[ordered[b]];
            var first = later[0].ReportedOn;
            var firstValue = MaxOn(later, 0);
            for (var a = 0; a < b; a++)
            {
                if (ValueBefore(byKey[ordered[a]], first, options.ContinuationDays) is { } reached
                    && Continues(reached, firstValue, ordered[a].Since, ordered[b].Since, options))
                {
                    parent[Find(b)] = Find(a);
                    break;
                }
            }
        }

        var result = new List<(SeriesKey, List<Claim>)>();
        foreach (var component in Enumerable.Range(0, ordered.Count).GroupBy(Find))
        {
            var members = component.Select(i => ordered[i]).ToList();
            if (members.Count == 1)
            {
                result.Add((members[0], byKey[members[0]]));
                continue;
            }

            // The series keeps the stated start day most claims give (the earliest on a tie); an unstated one only if none is stated.
            var survivor = members
                .OrderBy(k => k.Since is null ? 1 : 0)
                .ThenByDescending(k => byKey[k].Count)
                .ThenBy(k => k.Since ?? DateOnly.MaxValue)
                .First();
            var claims = members.SelectMany(k => byKey[k]).ToList();
            claims.Sort(ClaimOrder.Instance);
            result.Add((survivor, claims));
        }

        return result;
    }

    private static bool Continues(long reached, long first, DateOnly? earlierSince, DateOnly? laterSince, ReconciliationOptions options)
    {
        if (reached <= 0 || first > 2 * reached)
        {
            return false;
        }

        var yearOff = earlierSince is { } e && laterSince is { } l && (l == e.AddYears(1) || l == e.AddYears(-1));
        return first >= (yearOff ? options.ResetRatio : options.SinceJoinRatio) * reached;
    }

    /// <summary>The highest value the series gave on its last reporting date at or before <paramref name="date"/>, within <paramref name="days"/> days; else null.</summary>
    private static long? ValueBefore(List<Claim> sorted, DateOnly date, int days)
    {
        int lo = 0, hi = sorted.Count - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sorted[mid].ReportedOn <= date)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        if (found < 0 || date.DayNumber - sorted[found].ReportedOn.DayNumber > days)
        {
            return null;
        }

        var day = sorted[found].ReportedOn;
        var start = found;
        while (start > 0 && sorted[start - 1].ReportedOn == day)
        {
            start--;
        }

        return MaxOn(sorted, start);
    }

    private static long MaxOn(List<Claim> sorted, int start)
    {
        var max = sorted[start].Value;
        for (var k = start + 1; k < sorted.Count && sorted[k].ReportedOn == sorted[start].ReportedOn; k++)
        {
            max = Math.Max(max, sorted[k].Value);
        }

        return max;
    }
}
