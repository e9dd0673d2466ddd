using CasualtyDashboard.Reconciliation.Messages;
using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using CasualtyDashboard.Jobs.Options;
using CasualtyDashboard.Jobs.Scheduling;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CasualtyDashboard.Jobs.Ingestion;

/// <summary>
/// Imports the files dropped into <c>Import:WatchFolder</c>. A file is taken once its size and time were the same at
/// the previous scan and are at least <c>Import:SettleSeconds</c> old, so a file still being copied is not read half-way;
/// hidden and temporary names (<c>.x</c>, <c>~x</c>, <c>*.tmp</c>, <c>*.part</c>, <c>*.crdownload</c>) are left alone.
/// After the import the file moves to <c>done/</c> (every line stored or known already, with <c>NAME.report.txt</c>) or
/// to <c>failed/</c> (the file or some line rejected, with <c>NAME.reason.txt</c> saying which and why). A process
/// killed between import and move imports the file again at the next scan: its articles are then duplicates, never twice stored.
/// </summary>
public sealed class WatchedFolderImporter(
    ArticleFileReader reader,
    ArticleImporter importer,
    IOptions<ImportOptions> options,
    TimeProvider clock,
    ILogger<WatchedFolderImporter> logger)
{
    public const string Channel = "folder";
    private static readonly string[] TemporarySuffixes = [".tmp", ".temp", ".part", ".partial", ".crdownload", ".download", ".swp", ".lock"];

    // Sizes and times seen at the previous scan, by full path (the folder is the operator's, not a user's choice).
    private readonly ConcurrentDictionary<string, (long Size, DateTime Written)> _seen = new(StringComparer.Ordinal);

    /// <summary>The folder's files that are ready to import now (settled since the previous call), oldest name first.</summary>
    public IReadOnlyList<string> FindSettledFiles()
    {
        if (string.IsNullOrWhiteSpace(options.Value.WatchFolder)) return [];
        var folder = Path.GetFullPath(options.Value.WatchFolder);
        Directory.CreateDirectory(folder);
        var ready = new List<string>();
        var present = new HashSet<string>(StringComparer.Ordinal);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var file in new DirectoryInfo(folder).EnumerateFiles().OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            if (IsTemporary(file.Name)) continue;
            present.Add(file.FullName);
            var state = (file.Length, file.LastWriteTimeUtc);
            var settled = _seen.TryGetValue(file.FullName, out var before) && before == state
                          && now - file.LastWriteTimeUtc >= TimeSpan.FromSeconds(options.Value.SettleSeconds);
            _seen[file.FullName] = state;
            if (settled) ready.Add(file.FullName);
        }
        foreach (var gone in _seen.Keys.Where(k => !present.Contains(k)).ToList()) _seen.TryRemove(gone, out _);
        return ready;
    }

    /// <summary>Imports the given files and moves each to done/ or failed/; returns how many went to failed/.</summary>
    public async Task<int> ImportAsync(IReadOnlyList<string> files, JobRunProgress? progress, CancellationToken ct)
    {
        if (progress is not null) progress.Total = files.Count;
        var failed = 0;
        foreach (var path in files)
        {
            ct.ThrowIfCancellationRequested();
            _seen.TryRemove(path, out _);
            if (!File.Exists(path)) continue;
            var ok = await ImportFileAsync(path, ct);
            if (!ok) failed++;
            if (progress is not null) await progress.AdvanceAsync(ok ? 1 : 0, ok ? 0 : 1, ct);
        }
        if (progress is not null) progress.Message = Message.Of(JobMessages.WatchedFolder, MessageArg.Number(files.Count), MessageArg.Number(failed), MessageArg.Text("failed/"));
        return failed;
    }

    private async Task<bool> ImportFileAsync(string path, CancellationToken ct)
    {
        var name = Path.GetFileName(path);
        ImportReport report;
        try
        {
            var parsed = await reader.ReadFileAsync(path, null, ct);
            report = await importer.ImportAsync(parsed, Channel, null, ct);
        }
        catch (IOException ex)
        {
            report = new ImportReport([new IngestItemResult(0, IngestStatus.Rejected, null, Message.Of(ImportMessages.FileUnreadable, MessageArg.Text(ex.Message)))]);
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not Microsoft.EntityFrameworkCore.DbUpdateException
                                       and not System.Data.Common.DbException)
        {
            // Whatever else the file does to the reader, it goes to failed/ with the reason instead of failing every scan.
            logger.LogError(ex, "Importing {File} from the watched folder failed", name);
            report = new ImportReport([new IngestItemResult(0, IngestStatus.Rejected, null,
                Message.Of(ImportMessages.FileFailed, MessageArg.Text(ex.GetType().Name), MessageArg.Text(ex.Message)))]);
        }
        var target = Path.Combine(Path.GetDirectoryName(path)!, report.Clean ? "done" : "failed");
        Directory.CreateDirectory(target);
        var destination = FreeName(target, name);
        File.Move(path, destination);
        var note = destination + (report.Clean ? ".report.txt" : ".reason.txt");
        await File.WriteAllTextAsync(note, Describe(name, report), new UTF8Encoding(false), CancellationToken.None);
        if (report.Clean) logger.LogInformation("Imported {File} from the watched folder: {Summary}", name, report.Summary);
        else logger.LogWarning("Imported {File} from the watched folder with problems, moved to failed/: {Summary}", name, report.Summary);
        return report.Clean;
    }

    private string Describe(string name, ImportReport report)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{name}, imported {clock.GetUtcNow().UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC: {report.Summary}.");
        if (!report.Clean) text.AppendLine("Rejected lines were not stored; fix them and drop the file again (the stored ones then count as duplicates).");
        foreach (var item in report.Items.Where(i => i.Status != IngestStatus.Stored))
        {
            var where = item.Line == 0 ? "file" : $"line {item.Line}";
            text.AppendLine(CultureInfo.InvariantCulture, $"{where}: {item.Status.ToString().ToLowerInvariant()}{(item.ArticleId is { } id ? $" (article {id})" : "")}: {(item.Error is { } error ? MessageEnglish.Text(error) : "")}");
        }
        return text.ToString();
    }

    private string FreeName(string folder, string name)
    {
        var path = Path.Combine(folder, name);
        if (!File.Exists(path)) return path;
        var stamp = clock.GetUtcNow().UtcDateTime.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        for (var n = 1; ; n++)
        {
            var candidate = Path.Combine(folder, $"{Path.GetFileNameWithoutExtension(name)}.{stamp}{(n > 1 ? $"-{n}" : "")}{Path.GetExtension(name)}");
            if (!File.Exists(candidate)) return candidate;
        }
    }

    private static bool IsTemporary(string name) =>
        name.StartsWith('.') || name.StartsWith('~') || TemporarySuffixes.Any(s => name.EndsWith(s, StringComparison.OrdinalIgnoreCase));
}
