using System.Text.Json;
using System.Text.Json.Serialization;
using CasualtyDashboard.Reconciliation.Messages;

namespace CasualtyDashboard.Web.Services;

/// <summary>
/// The API writes a message (a conflict's reason, a point's explanation) as its English sentence, as it did before
/// messages had codes; scripts that need the code read <c>reasonCode</c> beside a conflict's reason.
/// </summary>
public sealed class MessageJsonConverter : JsonConverter<Message>
{
    public override Message Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Message.Verbatim(reader.GetString() ?? "");

    public override void Write(Utf8JsonWriter writer, Message value, JsonSerializerOptions options) =>
        writer.WriteStringValue(MessageText.English(value));
}
