using CasualtyDashboard.Jobs.Options;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CasualtyDashboard.Jobs.Ingestion;

/// <summary>
/// Stores a parsed input through <see cref="ArticleIngestor"/> in chunks of <c>Import:ChunkSize</c>, each its own
/// transaction: a large file shows progress, and a process killed mid-import keeps every finished chunk whole and
/// nothing half-stored (posting the file again stores the rest and reports the others as duplicates). Each chunk that
/// stores something is one <c>import.articles</c> entry of the audit log, written in the chunk's transaction.
/// </summary>
public sealed class ArticleImporter(ArticleIngestor ingestor, IOptions<ImportOptions> options)
{
    public async Task<ImportReport> ImportAsync(ParsedInput input, string channel, IProgress<ImportProgress>? progress, CancellationToken ct)
    {
        var results = new List<IngestItemResult>(input.Articles.Count + input.Errors.Count);
        results.AddRange(input.Errors);
        var size = options.Value.ChunkSize;
        var total = input.Articles.Count;
        progress?.Report(new ImportProgress(0, total));
        for (var start = 0; start < total; start += size)
        {
            var chunk = input.Articles.Skip(start).Take(size).ToList();
            results.AddRange(await IngestChunkAsync(chunk, channel, ct));
            progress?.Report(new ImportProgress(start + chunk.Count, total));
        }
        results.Sort((a, b) => a.Line.CompareTo(b.Line));
        return new ImportReport(results);
    }

    /// <summary>
    /// Two inputs carrying the same article at the same moment can both pass the duplicate check; the database's unique
    /// content hash then refuses the second chunk whole. Ingesting it again finds the first one's articles and reports
    /// them as duplicates.
    /// </summary>
    private async Task<IReadOnlyList<IngestItemResult>> IngestChunkAsync(List<(int Line, IncomingArticle Article)> chunk, string channel, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await ingestor.IngestAsync(chunk, channel, audited: true, ct);
            }
            catch (DbUpdateException) when (attempt < 3)
            {
            }
        }
    }
}
