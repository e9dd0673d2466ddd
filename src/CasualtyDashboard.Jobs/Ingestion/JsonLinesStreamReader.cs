using System.Buffers;
using System.Text;
using CasualtyDashboard.Reconciliation.Messages;

namespace CasualtyDashboard.Jobs.Ingestion;

/// <summary>
/// Reads JSON Lines from a stream one line at a time: only the line being read is held (as bytes, then as text), never
/// the whole file, so a 100 MB upload costs about its articles and not five copies of itself. A line longer than the
/// line limit is rejected with its number and skipped without being kept; the lines after it are still read. The bytes
/// must be UTF-8 throughout (one invalid byte rejects the whole input, as for a buffered file).
/// </summary>
public sealed class JsonLinesStreamReader(long maxBytes, int maxLineBytes, string subject)
{
    /// <summary>Reads <paramref name="content"/>, of which <paramref name="head"/> (its first bytes) was read already.</summary>
    public async Task<ParsedInput> ReadAsync(ReadOnlyMemory<byte> head, Stream content, IProgress<long>? bytesRead, Func<long?, Message> tooLarge, CancellationToken ct)
    {
        var articles = new List<(int, IncomingArticle)>();
        var errors = new List<IngestItemResult>();
        var line = new ArrayBufferWriter<byte>(1 << 16);
        var lineNumber = 1;
        var skipping = false;
        long total = 0;
        Message? fatal = null;

        bool Feed(ReadOnlySpan<byte> chunk)
        {
            while (chunk.Length > 0)
            {
                var end = chunk.IndexOf((byte)'\n');
                var piece = end < 0 ? chunk : chunk[..end];
                if (!skipping)
                {
                    if (line.WrittenCount + piece.Length > maxLineBytes)
                    {
                        skipping = true;
                        line.ResetWrittenCount();
                        errors.Add(new IngestItemResult(lineNumber, IngestStatus.Rejected, null, LineTooLong(lineNumber)));
                    }
                    else
                    {
                        line.Write(piece);
                    }
                }
                if (end < 0) return true;
                if (!FinishLine()) return false;
                chunk = chunk[(end + 1)..];
            }
            return true;
        }

        bool FinishLine()
        {
            if (!skipping && line.WrittenCount > 0)
            {
                if (ArticleFileReader.DecodeUtf8(line.WrittenSpan, subject, out var error, lineNumber) is not { } text)
                {
                    fatal = error;
                    return false;
                }
                ArticleJsonReader.ReadLine(text, lineNumber, articles, errors);
            }
            line.ResetWrittenCount();
            skipping = false;
            lineNumber++;
            return true;
        }

        total += head.Length;
        if (!Feed(head.Span)) return ArticleFileReader.FileError(fatal!);
        var buffer = ArrayPool<byte>.Shared.Rent(1 << 16);
        try
        {
            int read;
            while ((read = await content.ReadAsync(buffer, ct)) > 0)
            {
                total += read;
                if (total > maxBytes) return ArticleFileReader.FileError(tooLarge(null));
                bytesRead?.Report(total);
                if (!Feed(buffer.AsSpan(0, read))) return ArticleFileReader.FileError(fatal!);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
        if (!FinishLine()) return ArticleFileReader.FileError(fatal!);
        return articles.Count == 0 && errors.Count == 0 ? ArticleFileReader.FileError(ArticleFileReader.NoArticle(subject)) : new ParsedInput(articles, errors);
    }

    private Message LineTooLong(int lineNumber) =>
        Message.Of(ImportMessages.LineTooLong, MessageArg.Number(lineNumber), MessageArg.Number(maxLineBytes / 1048576.0),
            MessageArg.Text("Import:MaxLineMegabytes"), MessageArg.Number(ArticleIngestor.MaxTextLength));
}
