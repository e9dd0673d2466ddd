using System.Text.Encodings.Web;
using System.Text.Unicode;
using System.Text.Json;

namespace CasualtyDashboard.Web.Services.Export;

/// <summary>
/// A JSON array of objects, one per row, property names as the columns', written with <see cref="Utf8JsonWriter"/> and
/// flushed every few kilobytes. Numbers stay numbers, missing values are null; Arabic is written as is (only HTML-sensitive characters are escaped).
/// HXL hashtags are not repeated per row: the data dictionary carries them.
/// </summary>
public sealed class JsonExportWriter : IExportWriter
{
    private const int FlushBytes = 32 * 1024;

    public string Format => "json";
    public string ContentType => "application/json; charset=utf-8";

    public async Task WriteAsync<TRow>(Stream output, ExportTable<TRow> table, IAsyncEnumerable<TRow> rows, ExportOptions options, CancellationToken ct = default)
    {
        await using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) });
        var names = table.Columns.Select(c => JsonEncodedText.Encode(c.Name)).ToArray();
        json.WriteStartArray();
        await foreach (var row in rows.WithCancellation(ct))
        {
            json.WriteStartObject();
            for (var i = 0; i < names.Length; i++) WriteValue(json, names[i], table.Columns[i].Value(row));
            json.WriteEndObject();
            if (json.BytesPending > FlushBytes) await json.FlushAsync(ct);
        }
        json.WriteEndArray();
        await json.FlushAsync(ct);
    }

    private static void WriteValue(Utf8JsonWriter json, JsonEncodedText name, object? value)
    {
        switch (value)
        {
            case null: json.WriteNull(name); break;
            case long l: json.WriteNumber(name, l); break;
            case int i: json.WriteNumber(name, i); break;
            case double d: json.WriteNumber(name, d); break;
            case decimal m: json.WriteNumber(name, m); break;
            case bool b: json.WriteBoolean(name, b); break;
            default: json.WriteString(name, ExportCells.Text(value)); break;
        }
    }
}
