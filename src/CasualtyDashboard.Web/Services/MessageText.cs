using System.Globalization;
using CasualtyDashboard.Reconciliation.Messages;
using CasualtyDashboard.Web.Resources;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CasualtyDashboard.Web.Services;

/// <summary>
/// Words the messages the libraries raise as codes (a conflict's reason, a value's explanation, a job's outcome, an
/// import error) in the interface language: <c>Msg.{code}</c> from the resource table, each argument named as its kind
/// says (numbers as <see cref="UiFormat"/> writes them, days and numbers kept left to right, authorities and schema
/// codes by <see cref="CodeNames"/>). The result is plain text with Unicode isolates, so it reads right in a title, a
/// grid cell or a sentence. A code without a wording shows its arguments, never the code.
/// </summary>
public sealed class MessageText(IStringLocalizer<SharedResource> l, CodeNames names)
{
    private static readonly Lazy<MessageText> EnglishWords = new(() =>
    {
        var localizer = new StringLocalizer<SharedResource>(new ResourceManagerStringLocalizerFactory(
            Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance));
        return new MessageText(localizer, new CodeNames(localizer)) { _isolated = false };
    });

    private bool _isolated = true;

    /// <summary>
    /// The message in English without isolates, whatever the interface language: for the API and the export files, read
    /// by scripts and spreadsheets.
    /// </summary>
    public static string English(Message message)
    {
        var ui = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
        try
        {
            return EnglishWords.Value.Text(message);
        }
        finally
        {
            CultureInfo.CurrentUICulture = ui;
        }
    }

    /// <summary>The message in the interface language.</summary>
    public string Text(Message message)
    {
        if (message.IsVerbatim) return string.Join(" ", message.Args.Select(a => a.Value));
        var args = message.Args.Select(a => (object)Arg(a, message.Code == ReconciliationMessages.Sentences ? " " : null)).ToArray();
        var format = l[$"Msg.{message.Code}"];
        return format.ResourceNotFound
            ? string.Join(" ", args)
            : string.Format(CultureInfo.InvariantCulture, UiPlural.Resolve(format.Value, i => Count(message, i)), args);
    }

    /// <summary>A stored message (or text stored before messages had codes) in the interface language.</summary>
    public string Text(string? stored) => stored is null ? "" : Text(Message.FromStored(stored));

    /// <summary>A number as every page writes it: grouped Western digits, one decimal at most.</summary>
    public static string Number(string invariant) =>
        long.TryParse(invariant, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole) ? UiFormat.Number(whole)
        : double.TryParse(invariant, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value.ToString("#,0.#", CultureInfo.InvariantCulture)
        : invariant;

    /// <summary>The whole number argument <paramref name="index"/> counts, for a plural item of its wording.</summary>
    private static long? Count(Message message, int index) =>
        index < message.Args.Count && message.Args[index].Kind == ArgKind.Number ? PluralForms.WholeNumber(message.Args[index].Value) : null;

    private string Arg(MessageArg arg, string? separator) => arg.Kind switch
    {
        ArgKind.Number => Ltr(Number(arg.Value)),
        ArgKind.Day => Ltr(arg.Value),
        ArgKind.Authority => First(names.Authority(arg.Value)),
        ArgKind.Code => names.Code(arg.Value),
        ArgKind.Region => First(names.Region(arg.Value)),
        ArgKind.Term => l[$"Term.{arg.Value}"] is { ResourceNotFound: false } term ? term.Value : CodeNames.Readable(arg.Value),
        ArgKind.List => string.Join(separator ?? l["Msg.separator"].Value, arg.Items.Select(Text)),
        _ => First(arg.Value),
    };

    /// <summary>Left-to-right isolate: a number or a day keeps its order inside Arabic text.</summary>
    private string Ltr(string text) => _isolated ? $"\u2066{text}\u2069" : text;

    /// <summary>First-strong isolate: a name in either script does not reorder the sentence around it.</summary>
    private string First(string text) => _isolated ? $"\u2068{text}\u2069" : text;
}
