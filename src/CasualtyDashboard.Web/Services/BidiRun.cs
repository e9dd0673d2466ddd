namespace CasualtyDashboard.Web.Services;

/// <summary>
/// One argument of an interface string, shown as an isolated run (<c>&lt;bdi&gt;</c>): <paramref name="Direction"/>
/// <c>ltr</c> for dates, times, numbers with separators, codes and addresses; null to take the direction of its own text
/// (names, which may be Arabic or Latin). <paramref name="Strong"/> shows it in bold.
/// </summary>
public sealed record BidiRun(string Text, string? Direction = null, bool Strong = false);
