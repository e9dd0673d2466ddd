using CasualtyDashboard.Reconciliation.Claims;

namespace CasualtyDashboard.Reconciliation.Series;

/// <summary>The one sort of a series' claims: date, authority, news before reference, then statement time and id.</summary>
internal sealed class ClaimOrder : IComparer<Claim>
{
    public static readonly ClaimOrder Instance = new();

    public int Compare(Claim? x, Claim? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        var c = x.ReportedOn.CompareTo(y.ReportedOn);
        if (c != 0)
        {
            return c;
        }

        c = string.CompareOrdinal(x.Authority, y.Authority);
        if (c != 0)
        {
            return c;
        }

        c = x.IsReference.CompareTo(y.IsReference);
        if (c != 0)
        {
            return c;
        }

        c = x.StatedAt.CompareTo(y.StatedAt);
        return c != 0 ? c : x.ClaimId.CompareTo(y.ClaimId);
    }
}
