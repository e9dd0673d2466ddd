using System.Text;

namespace CasualtyDashboard.Web.Services.Export;

/// <summary>
/// RFC 4180 CSV: CRLF line ends, fields with a comma, semicolon, quote or line break quoted with inner quotes doubled;
/// UTF-8 with a byte-order mark so Excel reads Arabic text; formula-looking text neutralised at the start of a field and
/// after every <c>,</c> or <c>;</c> inside one (<see cref="ExportCells.NeutraliseCsv"/>), so a spreadsheet whose list
/// separator is the semicolon gets no formula cell either.
/// </summary>
public sealed class CsvExportWriter : IExportWriter
{
    public string Format => "csv";
    public string ContentType => "text/csv; charset=utf-8";

    public async Task WriteAsync<TRow>(Stream output, ExportTable<TRow> table, IAsyncEnumerable<TRow> rows, ExportOptions options, CancellationToken ct = default)
    {
        await output.WriteAsync(Encoding.UTF8.Preamble.ToArray(), ct);
        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16, leaveOpen: true);
        var line = new StringBuilder();
        await WriteLineAsync(writer, line, table.Columns.Select(c => c.Name), ct);
        if (options.Hxl) await WriteLineAsync(writer, line, table.Columns.Select(c => c.Hxl), ct);
        await foreach (var row in rows.WithCancellation(ct))
            await WriteLineAsync(writer, line, table.Columns.Select(c => SafeField(c.Value(row))), ct);
        await writer.FlushAsync(ct);
    }

    private static string SafeField(object? value) => ExportCells.IsNumber(value) ? ExportCells.Text(value) : ExportCells.NeutraliseCsv(ExportCells.Text(value));

    private static async Task WriteLineAsync(StreamWriter writer, StringBuilder line, IEnumerable<string> fields, CancellationToken ct)
    {
        line.Clear();
        var first = true;
        foreach (var field in fields)
        {
            if (!first) line.Append(',');
            first = false;
            Append(line, field);
        }
        line.Append("\r\n");
        await writer.WriteAsync(line, ct);
    }

    private static void Append(StringBuilder line, string field)
    {
        if (field.AsSpan().IndexOfAny(",;\"\r\n") < 0)
        {
            line.Append(field);
            return;
        }
        line.Append('"').Append(field.Replace("\"", "\"\"")).Append('"');
    }
}
