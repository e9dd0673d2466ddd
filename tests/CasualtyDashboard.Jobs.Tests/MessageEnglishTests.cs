using CasualtyDashboard.Jobs;
using CasualtyDashboard.Reconciliation.Messages;

namespace CasualtyDashboard.Jobs.Tests;

public sealed class MessageEnglishTests
{
    [Theory]
    [InlineData(1, "a step of +40 in 1 day (40/day)")]
    [InlineData(3, "a step of +40 in 3 days (13.3/day)")]
    [InlineData(1500, "a step of +40 in 1,500 days (0/day)")]
    public void Text_WritesTheWebsWording_WithCountedNounsAgreeingWithTheirNumber(int days, string expected) =>
        Assert.Equal(expected, MessageEnglish.Text(Message.Of(ReconciliationMessages.Step, MessageArg.Number(40), MessageArg.Number(days), MessageArg.Number(Math.Round(40.0 / days, 1)))));

    [Fact]
    public void Text_OfACodeWithoutAWording_ShowsItsArguments()
    {
        Assert.Equal("12 x", MessageEnglish.Text(Message.Of("no_such_code", MessageArg.Number(12), MessageArg.Text("x"))));
    }
}
