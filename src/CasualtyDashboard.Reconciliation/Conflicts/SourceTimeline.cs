using CasualtyDashboard.Reconciliation.Claims;

namespace CasualtyDashboard.Reconciliation.Conflicts;

/// <summary>One source's last value in a cumulative series and its recent daily rates, the baseline of the jump rule.</summary>
internal sealed class SourceTimeline(DateOnly date, long value, Claim claim, int baselineSteps)
{
    private readonly double[] _rates = new double[Math.Max(baselineSteps, 1)];
    private int _count;
    private int _next;

    public DateOnly LastDate { get; private set; } = date;

    public long LastValue { get; private set; } = value;

    public Claim LastClaim { get; private set; } = claim;

    /// <summary>The median of the recent daily rates, or null before three steps are known.</summary>
    public double? Baseline()
    {
        if (_count < 3)
        {
            return null;
        }

        Span<double> sorted = stackalloc double[_count];
        _rates.AsSpan(0, _count).CopyTo(sorted);
        sorted.Sort();
        return _count % 2 == 1 ? sorted[_count / 2] : (sorted[(_count / 2) - 1] + sorted[_count / 2]) / 2;
    }

    public void AddRate(double rate)
    {
        _rates[_next] = rate;
        _next = (_next + 1) % _rates.Length;
        _count = Math.Min(_count + 1, _rates.Length);
    }

    public void MoveTo(DateOnly date, long value, Claim claim)
    {
        LastDate = date;
        LastValue = value;
        LastClaim = claim;
    }
}
