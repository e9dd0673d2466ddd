using System.Buffers;
using System.Text;
using System.Text.Unicode;
using CasualtyDashboard.Jobs.Options;
using CasualtyDashboard.Reconciliation.Messages;
using Microsoft.Extensions.Options;

namespace CasualtyDashboard.Jobs.Ingestion;

/// <summary>
/// Reads an article file for every file channel (upload, watched folder, CLI), chosen by its extension:
/// <c>.jsonl</c>/<c>.ndjson</c>/<c>.json</c> through <see cref="ArticleJsonReader"/>, <c>.csv</c> through
/// <see cref="CsvArticleReader"/>, <c>.txt</c> as one article with the caller's <see cref="TextArticleDetails"/>.
/// The bytes must be UTF-8 (strict: one invalid byte rejects the file, so no article is stored with mangled text).
/// A problem with the whole file (too large, binary, not UTF-8, unknown type, empty) is one error with line 0.
/// </summary>
public sealed class ArticleFileReader(IOptions<ImportOptions> options)
{
    /// <summary>The extensions read, for file pickers and messages.</summary>
    public static IReadOnlyList<string> Extensions { get; } = [".jsonl", ".ndjson", ".json", ".csv", ".txt"];

    public long MaxBytes => options.Value.MaxFileBytes;

    public static ArticleFileFormat? FormatOf(string fileName) => Path.GetExtension(fileName).ToLowerInvariant() switch
    {
        ".jsonl" or ".ndjson" or ".json" => ArticleFileFormat.Json,
        ".csv" => ArticleFileFormat.Csv,
        ".txt" => ArticleFileFormat.Text,
        _ => null,
    };

    /// <summary>Reads a file from disk (watched folder, CLI).</summary>
    public async Task<ParsedInput> ReadFileAsync(string path, TextArticleDetails? details, CancellationToken ct)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
        return await ReadAsync(Path.GetFileName(path), stream, details, null, ct);
    }

    /// <summary>
    /// Reads a stream of at most the size limit; <paramref name="bytesRead"/> hears how far it got (upload progress).
    /// JSON Lines are read line by line (<see cref="JsonLinesStreamReader"/>, lines up to <c>Import:MaxLineMegabytes</c>);
    /// a JSON array, CSV and text are read whole.
    /// </summary>
    public async Task<ParsedInput> ReadAsync(string fileName, Stream content, TextArticleDetails? details, IProgress<long>? bytesRead, CancellationToken ct)
    {
        if (FormatOf(fileName) is not { } format) return FileError(UnknownType(fileName));
        var max = MaxBytes;
        if (content.CanSeek && content.Length > max) return FileError(TooLarge(fileName, content.Length));
        var head = new byte[1 << 16];
        var headLength = 0;
        int got;
        while (headLength < head.Length && (got = await content.ReadAsync(head.AsMemory(headLength), ct)) > 0) headLength += got;
        bytesRead?.Report(headLength);
        if (format == ArticleFileFormat.Json && !StartsArray(head.AsSpan(0, headLength)))
        {
            // The size is reported first, as for a file read whole: the rest is read (not kept) up to the limit.
            if (HeadError(head.AsSpan(0, headLength), ImportMessages.File) is { } error)
                return FileError(await LongerThanAsync(content, max - headLength, ct) ? TooLarge(fileName, null) : error);
            return await new JsonLinesStreamReader(max, options.Value.MaxLineBytes, ImportMessages.File)
                .ReadAsync(head.AsMemory(0, headLength), content, bytesRead, size => TooLarge(fileName, size), ct);
        }

        using var buffer = new MemoryStream(content.CanSeek ? (int)Math.Min(content.Length, max) : 1 << 16);
        buffer.Write(head, 0, headLength);
        var chunk = ArrayPool<byte>.Shared.Rent(1 << 16);
        try
        {
            int read;
            while ((read = await content.ReadAsync(chunk, ct)) > 0)
            {
                if (buffer.Length + read > max) return FileError(TooLarge(fileName, null));
                buffer.Write(chunk, 0, read);
                bytesRead?.Report(buffer.Length);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
        return Read(fileName, buffer.GetBuffer().AsSpan(0, (int)buffer.Length), details);
    }

    /// <summary>Reads a file's bytes.</summary>
    public ParsedInput Read(string fileName, ReadOnlySpan<byte> bytes, TextArticleDetails? details)
    {
        if (FormatOf(fileName) is not { } format) return FileError(UnknownType(fileName));
        if (bytes.Length > MaxBytes) return FileError(TooLarge(fileName, bytes.Length));
        return Read(bytes, format, details);
    }

    /// <summary>
    /// Reads bytes of a known format; <paramref name="subject"/> names the input in messages (<see cref="ImportMessages.File"/>,
    /// <see cref="ImportMessages.RequestBody"/>).
    /// </summary>
    public static ParsedInput Read(ReadOnlySpan<byte> bytes, ArticleFileFormat format, TextArticleDetails? details, string subject = ImportMessages.File)
    {
        if (DecodeUtf8(bytes, subject, out var error) is not { } text) return FileError(error!);
        var parsed = format switch
        {
            ArticleFileFormat.Csv => CsvArticleReader.Read(text),
            ArticleFileFormat.Text => ReadText(text, details),
            _ => ArticleJsonReader.Read(text),
        };
        return parsed.Articles.Count == 0 && parsed.Errors.Count == 0 ? FileError(NoArticle(subject)) : parsed;
    }

    private static async Task<bool> LongerThanAsync(Stream content, long limit, CancellationToken ct)
    {
        var chunk = ArrayPool<byte>.Shared.Rent(1 << 16);
        try
        {
            long total = 0;
            int read;
            while ((read = await content.ReadAsync(chunk, ct)) > 0)
                if ((total += read) > limit) return true;
            return false;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }

    /// <summary>True when the first character after a byte-order mark and white space opens a JSON array.</summary>
    private static bool StartsArray(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) head = head[3..];
        var at = head.IndexOfAnyExcept((ReadOnlySpan<byte>)[(byte)' ', (byte)'\t', (byte)'\r', (byte)'\n']);
        return at >= 0 && head[at] == (byte)'[';
    }

    /// <summary>The checks of <see cref="DecodeUtf8"/> that need only the first bytes: UTF-16, binary formats.</summary>
    private static Message? HeadError(ReadOnlySpan<byte> head, string subject)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return Message.Of(ImportMessages.Utf16, MessageArg.Term(subject), MessageArg.Text("UTF-16"), Utf8Name);
        if (head.StartsWith("%PDF"u8)) return Message.Of(ImportMessages.BinaryDocument, MessageArg.Term(subject), MessageArg.Text("PDF"));
        if (head.StartsWith("PK\u0003\u0004"u8))
            return Message.Of(ImportMessages.BinaryArchive, MessageArg.Term(subject), MessageArg.Text(".xlsx"), MessageArg.Text(".docx"), MessageArg.Text("CSV"));
        if (head.StartsWith((ReadOnlySpan<byte>)[0x1F, 0x8B])) return Message.Of(ImportMessages.BinaryCompressed, MessageArg.Term(subject));
        return head[..Math.Min(head.Length, 1 << 16)].Contains((byte)0) ? Message.Of(ImportMessages.BinaryNul, MessageArg.Term(subject)) : null;
    }

    /// <summary>The encoding every input must have, named in messages.</summary>
    private static readonly MessageArg Utf8Name = MessageArg.Text("UTF-8");

    /// <summary>An input that holds no article.</summary>
    public static Message NoArticle(string subject) => Message.Of(ImportMessages.NoArticle, MessageArg.Term(subject));

    /// <summary>A problem with the whole input, reported as line 0.</summary>
    public static ParsedInput FileError(Message message) => new([], [new IngestItemResult(0, IngestStatus.Rejected, null, message)]);

    /// <summary>
    /// Strict UTF-8 (a leading byte-order mark is dropped); null with the reason for anything else.
    /// <paramref name="firstLine"/>: the line number of the first byte (for a line read from a stream).
    /// </summary>
    public static string? DecodeUtf8(ReadOnlySpan<byte> bytes, string subject, out Message? error, int firstLine = 1)
    {
        error = null;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) bytes = bytes[3..];
        if (HeadError(bytes, subject) is { } headError)
        {
            error = headError;
            return null;
        }
        var chars = new char[bytes.Length];
        var status = Utf8.ToUtf16(bytes, chars, out var consumed, out var written, replaceInvalidSequences: false);
        if (status == OperationStatus.Done) return new string(chars, 0, written);
        var line = bytes[..consumed].Count((byte)'\n') + firstLine;
        error = status == OperationStatus.NeedMoreData
            ? Message.Of(ImportMessages.EndsInsideCharacter, MessageArg.Term(subject), Utf8Name, MessageArg.Number(line))
            : Message.Of(ImportMessages.InvalidByte, MessageArg.Term(subject), Utf8Name, MessageArg.Text($"0x{bytes[consumed]:X2}"), MessageArg.Number(line),
                MessageArg.Number(consumed + 1L), MessageArg.Text("Windows-1256"), MessageArg.Text("Latin-1"));
        return null;
    }

    private static ParsedInput ReadText(string text, TextArticleDetails? details) =>
        string.IsNullOrWhiteSpace(text)
            ? FileError(Message.Of(ImportMessages.FileEmpty))
            : new ParsedInput([(1, new IncomingArticle(text, details?.Published, details?.Outlet, details?.Url, details?.Title))], []);

    private static Message UnknownType(string fileName) => Path.GetExtension(fileName) is { Length: > 0 } ext
        ? Message.Of(ImportMessages.UnknownType, MessageArg.Text(Path.GetFileName(fileName)), MessageArg.Text(ext), MessageArg.Text(string.Join(", ", Extensions)))
        : Message.Of(ImportMessages.NoExtension, MessageArg.Text(Path.GetFileName(fileName)), MessageArg.Text(string.Join(", ", Extensions)));

    private Message TooLarge(string fileName, long? size) => size is { } s
        ? Message.Of(ImportMessages.TooLarge, MessageArg.Text(Path.GetFileName(fileName)), MessageArg.Number(Math.Round(s / 1048576.0, 1)),
            MessageArg.Number(options.Value.MaxFileMegabytes), MessageArg.Text("Import:MaxFileMegabytes"))
        : Message.Of(ImportMessages.LargerThanLimit, MessageArg.Text(Path.GetFileName(fileName)), MessageArg.Number(options.Value.MaxFileMegabytes),
            MessageArg.Text("Import:MaxFileMegabytes"));
}
