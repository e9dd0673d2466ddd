namespace CasualtyDashboard.Reconciliation.Series;

/// <summary>Maps an authority code to its priority tier (0 is highest), caching each answer for the run.</summary>
internal sealed class AuthorityRanking(IReadOnlyList<IReadOnlyList<string>> tiers)
{
    private readonly Dictionary<string, int> _cache = new(StringComparer.Ordinal);

    public int Tier(string authority)
    {
        if (_cache.TryGetValue(authority, out var tier))
        {
            return tier;
        }

        tier = tiers.Count;
        for (var i = 0; i < tiers.Count && tier == tiers.Count; i++)
        {
            foreach (var pattern in tiers[i])
            {
                var matches = pattern.EndsWith('*')
                    ? authority.StartsWith(pattern[..^1], StringComparison.Ordinal)
                    : authority == pattern;
                if (matches)
                {
                    tier = i;
                    break;
                }
            }
        }

        _cache[authority] = tier;
        return tier;
    }
}
