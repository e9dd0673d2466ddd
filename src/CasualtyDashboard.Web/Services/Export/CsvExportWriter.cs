using System.Globalization;
using System.Text;

namespace CasualtyDashboard.Web.Services.Export;

/// <summary>
/// RFC 4180 CSV: CRLF line ends, fields with a comma, semicolon, quote or line break quoted with inner quotes doubled;
/// UTF-8 with a byte-order mark so Excel reads Arabic text; formula-looking text neutralised at the start of a field and
/// after every <c>,</c> or <c>;</c> inside one (<see cref="ExportCells.NeutraliseCsv"/>), so a spreadsheet whose list
/// separator is the semicolon gets no formula cell either.
/// </summary>
/// <remarks>
/// Rows are formatted into one reused character buffer (numbers and dates formatted in place, plain text copied as is)
/// and handed to the UTF-8 encoder every <see cref="FlushChars"/> characters, so a row costs no string of its own; text
/// that needs neutralising or quoting takes <see cref="ExportCells"/>' path (decision 047).
/// </remarks>
public sealed class CsvExportWriter : IExportWriter
{
    private const int FlushChars = 32 * 1024;

    public string Format => "csv";
    public string ContentType => "text/csv; charset=utf-8";

    public async Task WriteAsync<TRow>(Stream output, ExportTable<TRow> table, IAsyncEnumerable<TRow> rows, ExportOptions options, CancellationToken ct = default)
    {
        await output.WriteAsync(Encoding.UTF8.Preamble.ToArray(), ct);
        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16, leaveOpen: true);
        var columns = table.Columns.ToArray();
        var line = new CsvBuffer(FlushChars + 4096);
        WriteTextLine(line, columns.Select(c => c.Name));
        if (options.Hxl) WriteTextLine(line, columns.Select(c => c.Hxl));
        await foreach (var row in rows.WithCancellation(ct))
        {
            for (var i = 0; i < columns.Length; i++)
            {
                if (i > 0) line.Append(',');
                AppendValue(line, columns[i].Value(row));
            }
            line.Append("\r\n");
            if (line.Length >= FlushChars)
            {
                await writer.WriteAsync(line.Memory, ct);
                line.Clear();
            }
        }
        if (line.Length > 0) await writer.WriteAsync(line.Memory, ct);
        await writer.FlushAsync(ct);
    }

    /// <summary>The header and hashtag rows: text as it is, quoted where needed (never neutralised).</summary>
    private static void WriteTextLine(CsvBuffer line, IEnumerable<string> fields)
    {
        var first = true;
        foreach (var field in fields)
        {
            if (!first) line.Append(',');
            first = false;
            AppendQuoted(line, field);
        }
        line.Append("\r\n");
    }

    /// <summary>
    /// A cell as <c>Quote(IsNumber ? Text : NeutraliseCsv(Text))</c>: numbers and dates formatted straight into the buffer
    /// (their invariant text holds no separator and starts with no formula character but a number's minus, which numbers
    /// keep); text with nothing to neutralise or quote copied as it is; anything else through <see cref="ExportCells"/>.
    /// </summary>
    private static void AppendValue(CsvBuffer line, object? value)
    {
        switch (value)
        {
            case null:
                return;
            case string s:
                if (s.Length == 0) return;
                if (!ExportCells.IsFormulaStart(s[0]) && s.AsSpan().IndexOfAny(QuoteWhen) < 0) line.Append(s);
                else AppendQuoted(line, ExportCells.NeutraliseCsv(s));
                return;
            case long l:
                line.AppendFormatted(l, default);
                return;
            case int n:
                line.AppendFormatted(n, default);
                return;
            case DateOnly d:
                line.AppendFormatted(d, "yyyy-MM-dd");
                return;
            default:
                AppendQuoted(line, ExportCells.IsNumber(value) ? ExportCells.Text(value) : ExportCells.NeutraliseCsv(ExportCells.Text(value)));
                return;
        }
    }

    private const string QuoteWhen = ",;\"\r\n";

    private static void AppendQuoted(CsvBuffer line, string field)
    {
        if (field.AsSpan().IndexOfAny(QuoteWhen) < 0)
        {
            line.Append(field);
            return;
        }
        line.Append('"');
        line.Append(field.Replace("\"", "\"\""));
        line.Append('"');
    }

    /// <summary>A growable character buffer the rows are formatted into.</summary>
    private sealed class CsvBuffer(int capacity)
    {
        private char[] _chars = new char[capacity];

        public int Length { get; private set; }
        public ReadOnlyMemory<char> Memory => _chars.AsMemory(0, Length);

        public void Clear() => Length = 0;

        public void Append(char c)
        {
            if (Length == _chars.Length) Grow(1);
            _chars[Length++] = c;
        }

        public void Append(string s)
        {
            if (Length + s.Length > _chars.Length) Grow(s.Length);
            s.CopyTo(0, _chars, Length, s.Length);
            Length += s.Length;
        }

        public void AppendFormatted<T>(T value, ReadOnlySpan<char> format) where T : ISpanFormattable
        {
            int written;
            while (!value.TryFormat(_chars.AsSpan(Length), out written, format, CultureInfo.InvariantCulture)) Grow(64);
            Length += written;
        }

        private void Grow(int needed) => Array.Resize(ref _chars, Math.Max(_chars.Length * 2, Length + needed));
    }
}
