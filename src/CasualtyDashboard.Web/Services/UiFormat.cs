using System.Globalization;

namespace CasualtyDashboard.Web.Services;

/// <summary>
/// Numbers, dates and times as the interface shows them in every language: Western digits, ISO dates, times in UTC.
/// (The Arabic culture would group digits with ٬ and may pick another calendar; analysts compare these with the sources.)
/// </summary>
public static class UiFormat
{
    public static string Number(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    public static string Date(DateOnly value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Minute(DateTime value) => value.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static string Second(DateTime value) => value.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    public static string Clock(DateTime value) => value.ToString("HH:mm:ss", CultureInfo.InvariantCulture);

    public static string ClockMinute(DateTime value) => value.ToString("HH:mm", CultureInfo.InvariantCulture);

    public static string Tenths(double value) => value.ToString("N1", CultureInfo.InvariantCulture);
}
