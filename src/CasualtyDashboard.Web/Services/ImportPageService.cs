using CasualtyDashboard.Data.Accounts;
using CasualtyDashboard.Data.Analysts;
using CasualtyDashboard.Data.Queries;
using CasualtyDashboard.Jobs.Ingestion;
using CasualtyDashboard.Web.Resources;
using Microsoft.Extensions.Localization;

namespace CasualtyDashboard.Web.Services;

/// <summary>The Import page's logic: reads an uploaded file with <see cref="ArticleFileReader"/> and stores it in chunks, reporting progress.</summary>
public sealed class ImportPageService(ArticleFileReader reader, ArticleImporter importer, FigureGridQuery figures, IStringLocalizer<SharedResource> l, CurrentAnalyst analyst)
{
    public const string Channel = "upload";

    /// <summary>The <c>accept</c> list of the file picker.</summary>
    public static string Accept { get; } = string.Join(",", ArticleFileReader.Extensions);

    public long MaxBytes => reader.MaxBytes;

    /// <summary>A <c>.txt</c> file holds only the text: the page asks for its date and outlet.</summary>
    public static bool NeedsDetails(string fileName) => ArticleFileReader.FormatOf(fileName) == ArticleFileFormat.Text;

    /// <summary>A file size as people read it: KB below a megabyte, else MB.</summary>
    public string Size(long bytes) => bytes < 1048576
        ? l["Common.Kilobytes", UiFormat.Tenths(bytes / 1024.0)]
        : l["Common.Megabytes", UiFormat.Tenths(bytes / 1048576.0)];

    /// <summary>What a line's result is called in the interface language.</summary>
    public string StatusLabel(IngestStatus status) => l[$"IngestStatus.{status}"];

    /// <summary>The report's line number, or "file" for a problem of the whole file.</summary>
    public string LineLabel(IngestItemResult item) => item.Line == 0 ? l["Import.WholeFile"] : UiFormat.Number(item.Line);

    /// <summary>The report's lines with one result (all when null).</summary>
    public static IReadOnlyList<IngestItemResult> Lines(ImportReport report, IngestStatus? status) =>
        status is { } s ? report.Items.Where(i => i.Status == s).ToList() : report.Items;

    /// <summary>The articles a report stored, in line order.</summary>
    public static IReadOnlyList<long> StoredArticles(ImportReport report) =>
        report.Items.Where(i => i.Status == IngestStatus.Stored && i.ArticleId is not null).Select(i => i.ArticleId!.Value).ToList();

    /// <summary>How many figures have been extracted so far from the articles a report stored.</summary>
    public Task<int> FigureCountAsync(ImportReport report, CancellationToken ct = default) => figures.CountOfArticlesAsync(StoredArticles(report), ct);

    /// <summary>Reads and stores one file; progress is reported whenever the percentage moves.</summary>
    public async Task<ImportReport> ImportAsync(string fileName, long size, Stream content, TextArticleDetails? details,
        IProgress<ImportStatus> progress, CancellationToken ct)
    {
        analyst.Demand(Permission.Ingest);
        var reading = new Throttle(progress, ImportStage.Reading);
        var parsed = await reader.ReadAsync(fileName, content, NeedsDetails(fileName) ? details : null,
            new Inline<long>(read => reading.Report(read, size, l["Import.Reading", fileName, UiFormat.Tenths(read / 1048576.0), UiFormat.Tenths(size / 1048576.0)])), ct);
        var storing = new Throttle(progress, ImportStage.Storing);
        return await importer.ImportAsync(parsed, Channel,
            new Inline<ImportProgress>(p => storing.Report(p.Done, p.Total, l["Import.Storing", UiFormat.Number(p.Done), UiFormat.Number(p.Total)])), ct);
    }

    private sealed class Throttle(IProgress<ImportStatus> target, ImportStage stage)
    {
        private int _last = -1;

        public void Report(long done, long total, string text)
        {
            var percent = total <= 0 ? 100 : (int)Math.Min(100, done * 100 / total);
            if (percent == _last) return;
            _last = percent;
            target.Report(new ImportStatus(stage, percent, text));
        }
    }

    /// <summary>Reports on the caller's thread (no posting), so the stages arrive in order.</summary>
    private sealed class Inline<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
