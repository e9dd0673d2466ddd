using System.Globalization;
using System.Text.Json;
using CasualtyDashboard.Reconciliation.Messages;

namespace CasualtyDashboard.Jobs.Ingestion;

/// <summary>
/// Reads articles in the articles shape of SCHEMA.md from a JSON array or JSON Lines. A bad line or element is
/// reported with its number and the reason, and the others are still read.
/// </summary>
public static class ArticleJsonReader
{
    public static ParsedInput Read(string content)
    {
        var trimmed = content.AsSpan().TrimStart();
        if (trimmed.Length > 0 && trimmed[0] == '\uFEFF') trimmed = trimmed[1..].TrimStart();
        return trimmed.Length > 0 && trimmed[0] == '[' ? ReadArray(content) : ReadLines(content);
    }

    private static ParsedInput ReadLines(string content)
    {
        var articles = new List<(int, IncomingArticle)>();
        var errors = new List<IngestItemResult>();
        var lineNumber = 0;
        foreach (var raw in content.Split('\n'))
        {
            lineNumber++;
            ReadLine(raw, lineNumber, articles, errors);
        }
        return new ParsedInput(articles, errors);
    }

    /// <summary>One JSON Lines line: its article, or its error; a blank line is neither.</summary>
    public static void ReadLine(string raw, int lineNumber, List<(int, IncomingArticle)> articles, List<IngestItemResult> errors)
    {
        var line = raw.Trim().TrimStart('\uFEFF');
        if (line.Length == 0) return;
        try
        {
            using var doc = JsonDocument.Parse(line);
            articles.Add((lineNumber, FromElement(doc.RootElement)));
        }
        catch (Exception ex) when (ex is JsonException or ArticleFormatException)
        {
            errors.Add(new IngestItemResult(lineNumber, IngestStatus.Rejected, null, Message.Of(ImportMessages.Line, MessageArg.Number(lineNumber), MessageArg.Of(Describe(ex)))));
        }
    }

    private static ParsedInput ReadArray(string content)
    {
        var articles = new List<(int, IncomingArticle)>();
        var errors = new List<IngestItemResult>();
        JsonDocument doc;
        try { doc = JsonDocument.Parse(content.TrimStart('\uFEFF'), new JsonDocumentOptions { AllowTrailingCommas = true }); }
        catch (JsonException ex)
        {
            errors.Add(new IngestItemResult(1, IngestStatus.Rejected, null, Message.Of(ImportMessages.ArrayUnreadable, MessageArg.Text("JSON"), MessageArg.Of(Describe(ex)))));
            return new ParsedInput(articles, errors);
        }
        using (doc)
        {
            var index = 0;
            foreach (var element in doc.RootElement.EnumerateArray())
            {
                index++;
                try { articles.Add((index, FromElement(element))); }
                catch (ArticleFormatException ex) { errors.Add(new IngestItemResult(index, IngestStatus.Rejected, null, Message.Of(ImportMessages.Item, MessageArg.Number(index), MessageArg.Of(ex.Reason)))); }
            }
        }
        return new ParsedInput(articles, errors);
    }

    /// <summary>One article object; throws <see cref="ArticleFormatException"/> saying which field is wrong.</summary>
    public static IncomingArticle FromElement(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object) throw new ArticleFormatException(Message.Of(ImportMessages.NotAnObject, MessageArg.Text("JSON"), MessageArg.Text("text")));
        var text = String(element, "text") ?? throw new ArticleFormatException(Message.Of(ImportMessages.FieldMissing, MessageArg.Text("text")));
        return new IncomingArticle(text, ParseDate(String(element, "published")), String(element, "outlet"),
            String(element, "url"), String(element, "title"), String(element, "id"));
    }

    /// <summary><c>YYYY-MM-DD</c> (a time after it is ignored), or null; anything else is an error.</summary>
    public static DateOnly? ParseDate(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var v = value.Trim();
        if (v.Length > 10 && (v[10] == 'T' || v[10] == ' ')) v = v[..10];
        return DateOnly.TryParseExact(v, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new ArticleFormatException(Message.Of(ImportMessages.BadDate, MessageArg.Text("published"), MessageArg.Text("YYYY-MM-DD"), MessageArg.Text(value)));
    }

    private static string? String(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null) return null;
        return value.ValueKind switch
        {
            JsonValueKind.String => Unescaped(value, name) is { Length: > 0 } s ? s : null,
            JsonValueKind.Number => value.GetRawText(),
            _ => throw new ArticleFormatException(Message.Of(ImportMessages.NotAString, MessageArg.Text(name))),
        };
    }

    /// <summary>
    /// The string's value; an escape that leaves half a surrogate pair (<c>\udc00</c> alone) is no text and cannot be
    /// stored, so it rejects this item only.
    /// </summary>
    private static string? Unescaped(JsonElement value, string name)
    {
        try
        {
            return value.GetString();
        }
        catch (InvalidOperationException)
        {
            throw new ArticleFormatException(Message.Of(ImportMessages.LoneSurrogate, MessageArg.Text(name), MessageArg.Text("\\u"), MessageArg.Text("\\udc00")));
        }
    }

    private static Message Describe(Exception ex) => ex is ArticleFormatException f
        ? f.Reason
        : Message.Of(ImportMessages.InvalidJson, MessageArg.Text("JSON"), MessageArg.Text(ex.Message.Split(" Path:")[0]));
}
