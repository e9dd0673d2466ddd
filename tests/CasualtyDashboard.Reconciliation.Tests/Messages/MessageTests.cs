using CasualtyDashboard.Reconciliation.Messages;

namespace CasualtyDashboard.Reconciliation.Tests.Messages;

public class MessageTests
{
    [Fact]
    public void ToStored_FromStored_KeepsCodeKindsAndNestedMessages()
    {
        var message = Message.Of(ReconciliationMessages.CrossSource, MessageArg.Day(new DateOnly(2024, 5, 1)), MessageArg.List([
            Message.Of(ReconciliationMessages.SourceClaim, MessageArg.Authority("gaza_moh"),
                MessageArg.Of(Message.Of(ReconciliationMessages.ClaimOfOutlet, MessageArg.Number(43204), MessageArg.Text("قناة \"الجزيرة\""), MessageArg.Text("7")))),
        ]), MessageArg.Number(2.5), MessageArg.Code("killed"), MessageArg.Term("no_day"));

        var back = Message.FromStored(message.ToStored());

        Assert.Equal(message.ToStored(), back.ToStored());
        Assert.Equal(ReconciliationMessages.CrossSource, back.Code);
        Assert.Equal([ArgKind.Day, ArgKind.List, ArgKind.Number, ArgKind.Code, ArgKind.Term], back.Args.Select(a => a.Kind));
        Assert.Equal(["2024-05-01", "gaza_moh", "43204", "قناة \"الجزيرة\"", "7", "2.5", "killed", "no_day"], back.Values());
        Assert.Equal([ReconciliationMessages.CrossSource, ReconciliationMessages.SourceClaim, ReconciliationMessages.ClaimOfOutlet], back.Codes());
    }

    [Theory]
    [InlineData("Sources disagree on 2024-05-01 beyond the tolerance.")]
    [InlineData("{\"c\":broken")]
    [InlineData("{\"c\":\"x\",\"a\":[[\"?\",\"1\"]]}")]
    public void FromStored_TextWithoutCode_IsVerbatim(string stored)
    {
        var message = Message.FromStored(stored);

        Assert.True(message.IsVerbatim);
        Assert.Equal([stored], message.Values());
    }

    [Fact]
    public void Codes_AreDistinctAndListTheConstants()
    {
        Assert.Equal(ReconciliationMessages.Codes.Count, ReconciliationMessages.Codes.Distinct().Count());
        Assert.Contains(ReconciliationMessages.Jump, ReconciliationMessages.Codes);
        Assert.DoesNotContain(ReconciliationMessages.TermNoDay, ReconciliationMessages.Codes);
    }
}
