using System.Globalization;
using CasualtyDashboard.Reconciliation.Claims;
using CasualtyDashboard.Reconciliation.Series;

namespace CasualtyDashboard.Reconciliation.Conflicts;

/// <summary>Phrases for flag sentences.</summary>
internal static class Describe
{
    public static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>"2716 (RT, claim 12)".</summary>
    public static string Claim(Claim claim) =>
        $"{claim.Value} ({(claim.IsReference ? "reference" : claim.Outlet ?? claim.Authority)}, claim {claim.ClaimId})";

    public static string Claims(IEnumerable<Claim> claims) => string.Join(", ", claims.Select(Claim));

    /// <summary>"gaza_moh 10328 (Al Jazeera, claim 4)".</summary>
    public static string Source(SourceValue source) => $"{source.Label} {Claim(source.Latest)}";

    public static string Sources(IEnumerable<SourceValue> sources) => string.Join("; ", sources.Select(Source));

    /// <summary>The source's part of a conflict key: the authority, with <c>@ref</c> for a reference series.</summary>
    public static string KeyPart(SourceValue source) => source.IsReference ? source.Authority + "@ref" : source.Authority;
}
