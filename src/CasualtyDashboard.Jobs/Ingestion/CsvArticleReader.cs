using System.Text;
using CasualtyDashboard.Reconciliation.Messages;

namespace CasualtyDashboard.Jobs.Ingestion;

/// <summary>
/// Reads articles from CSV (RFC 4180): a header row naming the columns (<c>text</c> required; <c>published</c>,
/// <c>outlet</c>, <c>url</c>, <c>title</c>, <c>id</c> optional, any case; others ignored), quoted fields holding commas,
/// doubled quotes and line breaks, CRLF or LF line ends, a byte-order mark. The delimiter is a comma, or the semicolon
/// or tab the header uses instead. A bad record is reported with the line it starts on, and the others are still read.
/// </summary>
public static class CsvArticleReader
{
    private static readonly string[] Known = ["text", "published", "outlet", "url", "title", "id"];

    public static ParsedInput Read(string content)
    {
        var articles = new List<(int, IncomingArticle)>();
        var errors = new List<IngestItemResult>();
        var parser = new Parser(content.StartsWith('\uFEFF') ? content[1..] : content);

        Record? header = null;
        while (parser.Next() is { } record)
        {
            if (!record.IsBlank)
            {
                header = record;
                break;
            }
        }
        if (header is null) return Whole(Message.Of(ImportMessages.CsvEmpty, MessageArg.Text("text")));
        if (header.Error is not null) return Whole(Message.Of(ImportMessages.CsvHeaderUnreadable, MessageArg.Number(header.Line), MessageArg.Of(header.Error)));

        var names = header.Fields.Select(f => f.Trim().ToLowerInvariant()).ToList();
        var repeated = names.Where(n => n.Length > 0).GroupBy(n => n).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null) return Whole(Message.Of(ImportMessages.CsvColumnTwice, MessageArg.Number(header.Line), MessageArg.Text(repeated.Key)));
        if (!names.Contains("text"))
            return Whole(Message.Of(ImportMessages.CsvNoTextColumn, MessageArg.Number(header.Line), MessageArg.Text("text"),
                MessageArg.Text(string.Join(", ", header.Fields.Select(f => $"\"{f}\""))), MessageArg.Text(string.Join(", ", Known))));
        var column = Known.ToDictionary(k => k, k => names.IndexOf(k));

        while (parser.Next() is { } record)
        {
            if (record.IsBlank) continue;
            var error = record.Error;
            if (error is null && record.Fields.Count != names.Count)
                error = Message.Of(ImportMessages.CsvFieldCount, MessageArg.Number(record.Fields.Count), MessageArg.Number(names.Count));
            if (error is null)
            {
                try
                {
                    articles.Add((record.Line, ToArticle(record.Fields, column)));
                    continue;
                }
                catch (ArticleFormatException ex)
                {
                    error = ex.Reason;
                }
            }
            errors.Add(new IngestItemResult(record.Line, IngestStatus.Rejected, null, Message.Of(ImportMessages.Line, MessageArg.Number(record.Line), MessageArg.Of(error))));
        }
        return new ParsedInput(articles, errors);

        ParsedInput Whole(Message message) => new([], [new IngestItemResult(0, IngestStatus.Rejected, null, message)]);
    }

    private static IncomingArticle ToArticle(IReadOnlyList<string> fields, Dictionary<string, int> column)
    {
        string? Field(string name) => column[name] is >= 0 and var i && fields[i].Trim() is { Length: > 0 } v ? v : null;
        var text = column["text"] is var t && !string.IsNullOrWhiteSpace(fields[t]) ? fields[t] : throw new ArticleFormatException(Message.Of(ImportMessages.ColumnEmpty, MessageArg.Text("text")));
        return new IncomingArticle(text, ArticleJsonReader.ParseDate(Field("published")), Field("outlet"), Field("url"), Field("title"), Field("id"));
    }

    private sealed record Record(int Line, IReadOnlyList<string> Fields, Message? Error)
    {
        public bool IsBlank => Error is null && Fields.All(string.IsNullOrWhiteSpace);
    }

    /// <summary>One pass over the text, record by record, counting physical lines so errors name the line a record starts on.</summary>
    private sealed class Parser(string text)
    {
        private readonly char _delimiter = DetectDelimiter(text);
        private int _pos;
        private int _line = 1;

        public Record? Next()
        {
            if (_pos >= text.Length) return null;
            var start = _line;
            var fields = new List<string>();
            Message? error = null;
            var field = new StringBuilder();
            while (true)
            {
                field.Clear();
                if (_pos < text.Length && text[_pos] == '"')
                {
                    var opened = _line;
                    _pos++;
                    var closed = false;
                    while (_pos < text.Length)
                    {
                        var c = text[_pos];
                        if (c == '"')
                        {
                            if (_pos + 1 < text.Length && text[_pos + 1] == '"')
                            {
                                field.Append('"');
                                _pos += 2;
                                continue;
                            }
                            _pos++;
                            closed = true;
                            break;
                        }
                        if (c == '\n') _line++;
                        field.Append(c);
                        _pos++;
                    }
                    if (!closed) error ??= Message.Of(ImportMessages.CsvUnclosedQuote, MessageArg.Number(opened));
                    if (_pos < text.Length && !IsEnd(text[_pos]))
                    {
                        error ??= Message.Of(ImportMessages.CsvTextAfterQuote, MessageArg.Number(_line));
                        while (_pos < text.Length && !IsEnd(text[_pos])) field.Append(text[_pos++]);
                    }
                }
                else
                {
                    while (_pos < text.Length && !IsEnd(text[_pos]))
                    {
                        if (text[_pos] == '"') error ??= Message.Of(ImportMessages.CsvStrayQuote, MessageArg.Number(_line));
                        field.Append(text[_pos++]);
                    }
                }
                fields.Add(field.ToString());

                if (_pos >= text.Length) return new Record(start, fields, error);
                var end = text[_pos++];
                if (end == _delimiter) continue;
                if (end == '\r' && _pos < text.Length && text[_pos] == '\n') _pos++;
                _line++;
                return new Record(start, fields, error);
            }
        }

        private bool IsEnd(char c) => c == _delimiter || c == '\n' || c == '\r';

        /// <summary>The header's delimiter: a comma, else a semicolon or tab when the header holds one and no comma.</summary>
        private static char DetectDelimiter(string text)
        {
            var end = text.IndexOfAny(['\r', '\n']);
            var header = end < 0 ? text : text[..end];
            if (header.Contains(',')) return ',';
            if (header.Contains(';')) return ';';
            return header.Contains('\t') ? '\t' : ',';
        }
    }
}
