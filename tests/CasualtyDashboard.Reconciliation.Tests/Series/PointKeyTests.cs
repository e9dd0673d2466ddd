using CasualtyDashboard.Reconciliation.Series;

namespace CasualtyDashboard.Reconciliation.Tests.Series;

public sealed class PointKeyTests
{
    [Theory]
    [InlineData("gaza||killed|all|cumulative|2023-10-07@2024-11-01", "gaza||killed|all|cumulative|2023-10-07", "2024-11-01")]
    [InlineData("a@b@2024-02-29", "a@b", "2024-02-29")]
    public void TryParse_SplitsAtTheLastAt_IntoTheSeriesKeyAndTheDay(string text, string series, string day)
    {
        Assert.True(PointKey.TryParse(text, out var seriesKey, out var date));
        Assert.Equal((series, DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)), (seriesKey, date));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("@2024-11-01")]
    [InlineData("gaza||killed")]
    [InlineData("gaza@2024-13-01")]
    [InlineData("gaza@01/11/2024")]
    public void TryParse_RefusesAKeyWithoutASeriesOrADay(string? text) => Assert.False(PointKey.TryParse(text, out _, out _));
}
