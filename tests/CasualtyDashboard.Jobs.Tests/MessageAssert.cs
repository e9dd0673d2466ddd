using CasualtyDashboard.Reconciliation.Messages;

namespace CasualtyDashboard.Jobs.Tests;

/// <summary>What a message means, not its wording: its code (or a nested one) and the values it names.</summary>
internal static class MessageAssert
{
    public static void Says(Message? message, string code, params string[] values)
    {
        Assert.NotNull(message);
        Assert.Contains(code, message.Codes());
        var named = message.Values().ToList();
        foreach (var value in values) Assert.Contains(value, named);
    }

    /// <summary>The same for a message stored in a column (<see cref="Message.ToStored"/>).</summary>
    public static void Says(string? stored, string code, params string[] values)
    {
        Assert.NotNull(stored);
        Says(Message.FromStored(stored), code, values);
    }
}
