using System.Globalization;

namespace CasualtyDashboard.Reconciliation.Conflicts;

/// <summary>
/// Tells a transcription slip from a real difference: two numbers differ at digit level when one digit changed (an
/// Arabic-Indic ٦ read as 7, ٥ as 0), two neighbouring digits are swapped, one digit was dropped or added (٠ taken for a
/// dot), or a thousands separator was read as a decimal point (43,259 as 43). Numbers under 100 never count: any two
/// small numbers differ "by one digit".
/// </summary>
public static class DigitSlip
{
    /// <summary>What kind of slip turns one value into the other, or null when they differ by more than a slip (or not at all).</summary>
    public static string? Between(long a, long b)
    {
        if (a == b || a < 0 || b < 0 || Math.Max(a, b) < 100)
        {
            return null;
        }

        var x = a.ToString(CultureInfo.InvariantCulture);
        var y = b.ToString(CultureInfo.InvariantCulture);
        if (x.Length == y.Length)
        {
            var first = -1;
            var count = 0;
            for (var i = 0; i < x.Length; i++)
            {
                if (x[i] != y[i])
                {
                    first = count == 0 ? i : first;
                    count++;
                }
            }

            if (count == 1)
            {
                return "one digit changed";
            }

            return count == 2 && first + 1 < x.Length && x[first] == y[first + 1] && x[first + 1] == y[first] ? "two digits transposed" : null;
        }

        var (shorter, longer) = x.Length < y.Length ? (x, y) : (y, x);
        if (longer.Length - shorter.Length == 1)
        {
            for (var i = 0; i < longer.Length; i++)
            {
                if (string.CompareOrdinal(longer.Remove(i, 1), shorter) == 0)
                {
                    return "one digit dropped";
                }
            }
        }

        return (longer.Length - shorter.Length) % 3 == 0 && longer.StartsWith(shorter, StringComparison.Ordinal)
            ? "thousands separator read as a decimal point"
            : null;
    }
}
