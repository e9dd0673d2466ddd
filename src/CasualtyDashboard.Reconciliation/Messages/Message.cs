using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace CasualtyDashboard.Reconciliation.Messages;

/// <summary>
/// A sentence for people, kept as a code and its arguments so the interface words it in its own language (the resource
/// <c>Msg.{Code}</c>). The libraries raise messages; only the Web project turns them into words. Stored as compact JSON
/// (<see cref="ToStored"/>); text stored before messages had codes reads back as <see cref="Verbatim"/>.
/// </summary>
/// <param name="Code">What the sentence says; see <see cref="ReconciliationMessages"/> and the Jobs library's codes.</param>
/// <param name="Args">The values the sentence names, in the order of the resource's placeholders.</param>
public sealed record Message(string Code, IReadOnlyList<MessageArg> Args)
{
    /// <summary>The code of text that has no code: written before messages had codes, or an outside library's message.</summary>
    public const string VerbatimCode = "verbatim";

    // Arabic stays readable in the database; the text is never embedded in HTML as it is.
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>A message with its arguments.</summary>
    public static Message Of(string code, params MessageArg[] args) => new(code, args);

    /// <summary>Text shown as it is (an exception's message, a row stored before codes).</summary>
    public static Message Verbatim(string text) => new(VerbatimCode, [MessageArg.Text(text)]);

    /// <summary>True for text without a code.</summary>
    public bool IsVerbatim => Code == VerbatimCode;

    /// <summary>Every argument value, nested ones included, in order: what a test or a search looks for.</summary>
    public IEnumerable<string> Values() =>
        Args.SelectMany(a => a.Kind == ArgKind.List ? a.Items.SelectMany(m => m.Values()) : [a.Value]);

    /// <summary>Every code used, this one and the nested ones.</summary>
    public IEnumerable<string> Codes() => Args.Where(a => a.Kind == ArgKind.List).SelectMany(a => a.Items).SelectMany(m => m.Codes()).Prepend(Code);

    /// <summary>The form kept in the database: <c>{"c":"code","a":[["n","12"],["l",[...]]]}</c>.</summary>
    public string ToStored()
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            Write(writer, this);
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>A stored message; text that is not a stored message (a row from before codes) is <see cref="Verbatim"/>.</summary>
    public static Message FromStored(string? stored)
    {
        if (string.IsNullOrEmpty(stored)) return Verbatim("");
        if (!stored.StartsWith("{\"c\":", StringComparison.Ordinal)) return Verbatim(stored);
        try
        {
            using var document = JsonDocument.Parse(stored);
            return Read(document.RootElement);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or KeyNotFoundException or FormatException)
        {
            return Verbatim(stored);
        }
    }

    private static void Write(Utf8JsonWriter writer, Message message)
    {
        writer.WriteStartObject();
        writer.WriteString("c", message.Code);
        writer.WriteStartArray("a");
        foreach (var arg in message.Args)
        {
            writer.WriteStartArray();
            writer.WriteStringValue(MessageArg.KindCode(arg.Kind));
            if (arg.Kind == ArgKind.List)
            {
                writer.WriteStartArray();
                foreach (var item in arg.Items) Write(writer, item);
                writer.WriteEndArray();
            }
            else
            {
                writer.WriteStringValue(arg.Value);
            }
            writer.WriteEndArray();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static Message Read(JsonElement element)
    {
        var args = new List<MessageArg>();
        foreach (var arg in element.GetProperty("a").EnumerateArray())
        {
            var kind = MessageArg.KindOf(arg[0].GetString()!);
            args.Add(kind == ArgKind.List
                ? MessageArg.List(arg[1].EnumerateArray().Select(Read))
                : new MessageArg(kind, arg[1].GetString()!));
        }
        return new Message(element.GetProperty("c").GetString()!, args);
    }
}
