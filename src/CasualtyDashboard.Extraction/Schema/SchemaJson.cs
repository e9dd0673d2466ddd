using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CasualtyDashboard.Extraction.Model;

namespace CasualtyDashboard.Extraction.Schema;

/// <summary>
/// Reads and writes the JSON Lines shapes of SCHEMA.md: articles, figures and <c>{"id", "figures"}</c> lines.
/// Malformed lines throw <see cref="FormatException"/> with a message naming the problem; callers add the line number.
/// </summary>
public static class SchemaJson
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Reads one line of an articles file.</summary>
    public static ArticleLine ReadArticle(string line)
    {
        using var doc = Parse(line);
        var root = doc.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException("an article must be a JSON object");
        }

        var text = OptionalString(root, "text") ?? throw new FormatException("article has no \"text\"");
        var article = new ArticleInput(
            text,
            OptionalDate(root, "published"),
            OptionalString(root, "outlet"),
            OptionalString(root, "id"),
            OptionalString(root, "title"));
        return new ArticleLine(article, OptionalString(root, "url"), OptionalString(root, "origin"), OptionalString(root, "language"));
    }

    /// <summary>Reads one line of a gold or predictions file.</summary>
    public static FigureLine ReadFigureLine(string line)
    {
        using var doc = Parse(line);
        var root = doc.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException("a figures line must be a JSON object");
        }

        var id = OptionalString(root, "id") ?? throw new FormatException("figures line has no \"id\"");
        if (!root.TryGetProperty("figures", out var array) || array.ValueKind != JsonValueKind.Array)
        {
            throw new FormatException($"figures line {id} has no \"figures\" array");
        }

        var figures = new List<CasualtyFigure>(array.GetArrayLength());
        var index = 0;
        foreach (var element in array.EnumerateArray())
        {
            try
            {
                figures.Add(ReadFigure(element));
            }
            catch (FormatException e)
            {
                throw new FormatException($"article {id}, figure {index}: {e.Message}", e);
            }

            index++;
        }

        return new FigureLine(id, figures);
    }

    /// <summary>Reads one figure object (gold figures may carry <c>required</c>).</summary>
    public static CasualtyFigure ReadFigure(JsonElement e)
    {
        if (e.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException("a figure must be a JSON object");
        }

        if (!e.TryGetProperty("value", out var valueElement) || !valueElement.TryGetInt64(out var value))
        {
            throw new FormatException("figure has no integer \"value\"");
        }

        var category = Code(e, "category", SchemaCodes.TryParseCategory, required: true, FigureCategory.Killed);
        var evidence = OptionalString(e, "evidence") ?? "";
        return new CasualtyFigure
        {
            Value = value,
            Category = category,
            Qualifier = Code(e, "qualifier", SchemaCodes.TryParseQualifier, required: false, FigureQualifier.Exact),
            Subgroup = Code(e, "subgroup", SchemaCodes.TryParseSubgroup, required: false, FigureSubgroup.All),
            Region = OptionalString(e, "region"),
            Area = OptionalString(e, "area"),
            Authority = OptionalString(e, "authority") ?? "unattributed",
            ReportedOn = OptionalDate(e, "reported_on"),
            Basis = Code(e, "basis", SchemaCodes.TryParseBasis, required: false, FigureBasis.Incident),
            Since = OptionalDate(e, "since"),
            Evidence = evidence,
            EvidenceStart = e.TryGetProperty("start", out var s) && s.TryGetInt32(out var start) ? start : 0,
            EvidenceLength = e.TryGetProperty("length", out var l) && l.TryGetInt32(out var length) ? length : evidence.Length,
            Rule = OptionalString(e, "rule") ?? "",
            Required = !e.TryGetProperty("required", out var r) || r.ValueKind != JsonValueKind.False,
        };
    }

    /// <summary>Writes one figure as the SCHEMA.md object, with the extras <c>start</c>, <c>length</c> and <c>rule</c>.</summary>
    public static void WriteFigure(Utf8JsonWriter w, CasualtyFigure f)
    {
        w.WriteStartObject();
        w.WriteNumber("value", f.Value);
        w.WriteString("qualifier", f.Qualifier.Code());
        w.WriteString("category", f.Category.Code());
        w.WriteString("subgroup", f.Subgroup.Code());
        WriteNullable(w, "region", f.Region);
        if (f.Area is not null)
        {
            w.WriteString("area", f.Area);
        }

        w.WriteString("authority", f.Authority);
        WriteNullable(w, "reported_on", f.ReportedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        w.WriteString("basis", f.Basis.Code());
        WriteNullable(w, "since", f.Since?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        w.WriteString("evidence", f.Evidence);
        if (!f.Required)
        {
            w.WriteBoolean("required", false);
        }

        w.WriteNumber("start", f.EvidenceStart);
        w.WriteNumber("length", f.EvidenceLength);
        w.WriteString("rule", f.Rule);
        w.WriteEndObject();
    }

    public static string WriteFigure(CasualtyFigure figure) => Write(w => WriteFigure(w, figure));

    /// <summary>Writes a <c>{"id": ..., "figures": [...]}</c> line (no trailing newline).</summary>
    public static string WriteFigureLine(string id, IEnumerable<CasualtyFigure> figures) => Write(w =>
    {
        w.WriteStartObject();
        w.WriteString("id", id);
        w.WriteStartArray("figures");
        foreach (var figure in figures)
        {
            WriteFigure(w, figure);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    });

    private static string Write(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, WriterOptions))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    private static void WriteNullable(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }

    private static JsonDocument Parse(string line)
    {
        try
        {
            return JsonDocument.Parse(line);
        }
        catch (JsonException e)
        {
            throw new FormatException($"not valid JSON: {e.Message}", e);
        }
    }

    private delegate bool TryParse<T>(string? code, out T value);

    private static T Code<T>(JsonElement e, string name, TryParse<T> parse, bool required, T fallback)
    {
        var text = OptionalString(e, name);
        if (text is null)
        {
            return required ? throw new FormatException($"figure has no \"{name}\"") : fallback;
        }

        return parse(text, out var value) ? value : throw new FormatException($"unknown {name} \"{text}\"");
    }

    private static string? OptionalString(JsonElement e, string name)
    {
        if (!e.TryGetProperty(name, out var p) || p.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return p.ValueKind == JsonValueKind.String ? p.GetString() : throw new FormatException($"\"{name}\" must be a string");
    }

    private static DateOnly? OptionalDate(JsonElement e, string name)
    {
        var text = OptionalString(e, name);
        if (text is null)
        {
            return null;
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new FormatException($"\"{name}\" is not a YYYY-MM-DD date: \"{text}\"");
    }
}
