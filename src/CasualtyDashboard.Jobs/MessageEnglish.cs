using System.Globalization;
using System.Resources;
using CasualtyDashboard.Reconciliation.Messages;

namespace CasualtyDashboard.Jobs;

/// <summary>
/// A message in plain English, for what is read outside the pages: the watched folder's report files, the CLI's output,
/// the settings' validation errors and the logs. The wordings are the Web's (<c>Msg.{code}</c> of its neutral
/// <c>SharedResource.resx</c>, embedded here at build time), so there is one table; numbers are written with grouped
/// digits as on the pages, counted nouns agree with them (<see cref="PluralForms"/>), and every other argument as it is
/// (decision 053). The Web words the API's messages through
/// its own <c>MessageText.English</c>, which also names authorities and regions.
/// </summary>
public static class MessageEnglish
{
    private static readonly ResourceManager Words = new("CasualtyDashboard.Jobs.MessageWords", typeof(MessageEnglish).Assembly);

    /// <summary>The message in English; a code without a wording shows its arguments.</summary>
    public static string Text(Message message)
    {
        if (message.IsVerbatim) return string.Join(" ", message.Args.Select(a => a.Value));
        var separator = message.Code == ReconciliationMessages.Sentences ? " " : Word("Msg.separator") ?? "; ";
        var args = message.Args.Select(a => (object)Arg(a, separator)).ToArray();
        return Word($"Msg.{message.Code}") is { } format
            ? string.Format(CultureInfo.InvariantCulture, PluralForms.Resolve(format, i => Count(message, i), CultureInfo.InvariantCulture), args)
            : string.Join(" ", args);
    }

    /// <summary>A stored message, or text stored before messages had codes, in English.</summary>
    public static string Text(string? stored) => stored is null ? "" : Text(Message.FromStored(stored));

    private static long? Count(Message message, int index) =>
        index < message.Args.Count && message.Args[index].Kind == ArgKind.Number ? PluralForms.WholeNumber(message.Args[index].Value) : null;

    private static string Arg(MessageArg arg, string separator) => arg.Kind switch
    {
        ArgKind.Number => long.TryParse(arg.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole)
            ? whole.ToString("#,0", CultureInfo.InvariantCulture) : arg.Value,
        ArgKind.Term => Word($"Term.{arg.Value}") ?? arg.Value,
        ArgKind.List => string.Join(separator, arg.Items.Select(Text)),
        _ => arg.Value,
    };

    private static string? Word(string key) => Words.GetString(key, CultureInfo.InvariantCulture);
}
