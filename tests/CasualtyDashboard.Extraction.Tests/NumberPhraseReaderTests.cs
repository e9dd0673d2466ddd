using CasualtyDashboard.Extraction.Numbers;

namespace CasualtyDashboard.Extraction.Tests;

public sealed class NumberPhraseReaderTests
{
    [Theory]
    [InlineData("10328", 10328)]
    [InlineData("10,328", 10328)]
    [InlineData("10.328", 10328)]
    [InlineData("2.3", 2.3)]
    [InlineData("1,5", 1.5)]
    [InlineData("1,234,567", 1234567)]
    public void TryParseDigits_Separators_ReadAsMashriqOrMaghreb(string digits, double expected)
    {
        Assert.True(NumberPhraseReader.TryParseDigits(digits, out var value));
        Assert.Equal((decimal)expected, value);
    }
}
