using System.Text;
using System.Text.Json;

namespace CasualtyDashboard.Reconciliation.Reference;

/// <summary>Reads the rows of a reference file from JSON (an array of objects) or CSV (a header line, then one row per line).</summary>
internal static class ReferenceRows
{
    public static List<ReferenceRow> FromJson(string json, string sourceName)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw new FormatException($"{sourceName}: malformed JSON at line {e.LineNumber + 1}, position {e.BytePositionInLine + 1}: {e.Message}", e);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                throw new FormatException($"{sourceName}: expected a JSON array of rows at the root, found {document.RootElement.ValueKind}.");
            }

            var rows = new List<ReferenceRow>(document.RootElement.GetArrayLength());
            var index = 0;
            foreach (var element in document.RootElement.EnumerateArray())
            {
                var location = $"{sourceName} element {index}";
                if (element.ValueKind != JsonValueKind.Object)
                {
                    throw new FormatException($"{location}: expected an object, found {element.ValueKind}.");
                }

                var fields = new Dictionary<string, string>(StringComparer.Ordinal);
                Flatten(element, "", fields, location);
                var date = fields.GetValueOrDefault("report_date");
                rows.Add(new ReferenceRow(date is null ? location : $"{location} (report_date {date})", fields));
                index++;
            }

            return rows;
        }
    }

    public static List<ReferenceRow> FromCsv(TextReader reader, string sourceName)
    {
        var header = reader.ReadLine() ?? throw new FormatException($"{sourceName}: empty CSV, expected a header line.");
        var names = SplitLine(header, sourceName, 1).Select(n => n.Trim().Replace('.', '_')).ToArray();
        var rows = new List<ReferenceRow>();
        var lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }

            var cells = SplitLine(line, sourceName, lineNumber);
            if (cells.Count != names.Length)
            {
                throw new FormatException($"{sourceName} line {lineNumber}: expected {names.Length} fields as in the header, found {cells.Count}.");
            }

            var fields = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var k = 0; k < names.Length; k++)
            {
                if (cells[k].Length > 0)
                {
                    fields[names[k]] = cells[k];
                }
            }

            rows.Add(new ReferenceRow($"{sourceName} line {lineNumber}", fields));
        }

        return rows;
    }

    private static void Flatten(JsonElement element, string prefix, Dictionary<string, string> fields, string location)
    {
        foreach (var property in element.EnumerateObject())
        {
            var name = prefix + property.Name;
            switch (property.Value.ValueKind)
            {
                case JsonValueKind.Object:
                    Flatten(property.Value, name + "_", fields, location);
                    break;
                case JsonValueKind.String:
                    fields[name] = property.Value.GetString()!;
                    break;
                case JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False:
                    fields[name] = property.Value.GetRawText();
                    break;
                case JsonValueKind.Null:
                    break;
                default:
                    throw new FormatException($"{location}: field '{name}' is {property.Value.ValueKind}, expected a number, string or object.");
            }
        }
    }

    /// <summary>Splits one CSV line (RFC 4180 quoting, no line breaks inside fields).</summary>
    private static List<string> SplitLine(string line, string sourceName, int lineNumber)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else if (c != '\r')
            {
                cell.Append(c);
            }
        }

        if (quoted)
        {
            throw new FormatException($"{sourceName} line {lineNumber}: unterminated quoted field.");
        }

        cells.Add(cell.ToString());
        return cells;
    }
}
