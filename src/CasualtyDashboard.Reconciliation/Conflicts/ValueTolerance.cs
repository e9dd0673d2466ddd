using CasualtyDashboard.Reconciliation.Claims;

namespace CasualtyDashboard.Reconciliation.Conflicts;

/// <summary>
/// Decides whether two figures agree: each stands for a range (an <c>at_least</c> figure for everything above it, an
/// <c>about</c> figure for a band around it), and two ranges agree when they overlap once widened by the tolerance.
/// </summary>
internal sealed class ValueTolerance(ReconciliationOptions options)
{
    public bool Agree(Claim a, Claim b)
    {
        var (aLow, aHigh) = Range(a);
        var (bLow, bHigh) = Range(b);
        var slack = Math.Max(options.AbsoluteTolerance, options.RelativeTolerance * Math.Max(a.Value, b.Value));
        return aLow <= bHigh + slack && bLow <= aHigh + slack;
    }

    /// <summary>True when two plain values differ by no more than the tolerance.</summary>
    public bool Agree(long a, long b) => options.Agree(a, b);

    private (double Low, double High) Range(Claim claim) => claim.Qualifier switch
    {
        Qualifiers.AtLeast or Qualifiers.Vague => (claim.Value, double.PositiveInfinity),
        Qualifiers.MoreThan => (claim.Value + 1, double.PositiveInfinity),
        Qualifiers.UpTo => (0, claim.Value),
        Qualifiers.About => (claim.Value * (1 - options.AboutSpread), claim.Value * (1 + options.AboutSpread)),
        _ => (claim.Value, claim.Value),
    };
}
