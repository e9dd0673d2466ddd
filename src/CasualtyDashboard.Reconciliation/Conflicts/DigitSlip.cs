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
    /// <summary>One digit changed: 2719 for 2716.</summary>
    public const string DigitChanged = "digit_changed";

    /// <summary>Two neighbouring digits swapped: 10238 for 10328.</summary>
    public const string DigitsTransposed = "digits_transposed";

    /// <summary>One digit dropped or added: 4359 for 43059.</summary>
    public const string DigitDropped = "digit_dropped";

    /// <summary>A thousands separator read as a decimal point: 43 for 43,259.</summary>
    public const string SeparatorAsPoint = "separator_as_point";

    /// <summary>What kind of slip (one of the constants above) turns one value into the other, or null when they differ by more than a slip (or not at all).</summary>
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
                return DigitChanged;
            }

            return count == 2 && first + 1 < x.Length && x[first] == y[first + 1] && x[first + 1] == y[first] ? DigitsTransposed : null;
        }

        var (shorter, longer) = x.Length < y.Length ? (x, y) : (y, x);
        if (longer.Length - shorter.Length == 1)
        {
            for (var i = 0; i < longer.Length; i++)
            {
                if (string.CompareOrdinal(longer.Remove(i, 1), shorter) == 0)
                {
                    return DigitDropped;
                }
            }
        }

        return (longer.Length - shorter.Length) % 3 == 0 && longer.StartsWith(shorter, StringComparison.Ordinal)
            ? SeparatorAsPoint
            : null;
    }
}
