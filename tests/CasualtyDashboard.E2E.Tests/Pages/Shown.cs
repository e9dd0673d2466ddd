using System.Text.RegularExpressions;

namespace CasualtyDashboard.E2E.Tests.Pages;

/// <summary>Text as a page shows a worded message: its numbers and names sit in Unicode isolates (U+2066-2069).</summary>
public static class Shown
{
    /// <summary>A pattern finding <paramref name="text"/> whatever isolates surround its parts.</summary>
    public static Regex Message(string text) =>
        new(string.Concat(text.Select(c => Regex.Escape(c.ToString()) + "[\u2066-\u2069]*")));
}
