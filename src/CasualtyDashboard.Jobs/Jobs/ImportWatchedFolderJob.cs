using CasualtyDashboard.Jobs.Ingestion;
using CasualtyDashboard.Jobs.Scheduling;

namespace CasualtyDashboard.Jobs.Jobs;

/// <summary>Imports the settled files of the watched folder (<c>Import:WatchFolder</c>); scans that find none are not recorded.</summary>
public sealed class ImportWatchedFolderJob(WatchedFolderImporter importer, JobRunTracker tracker, IJobRunGuard guard) : TrackedJob(tracker, guard)
{
    public const string Name = "import-watched-folder";

    private IReadOnlyList<string> _files = [];
    private Exception? _unreadable;

    protected override bool HasWork()
    {
        try
        {
            _files = importer.FindSettledFiles();
            return _files.Count > 0;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Recorded as a failed run, so a folder that cannot be read shows on the Jobs page.
            _unreadable = ex;
            return true;
        }
    }

    protected override Task RunAsync(JobRunProgress progress, CancellationToken ct) =>
        _unreadable is { } ex
            ? throw new IOException($"The watched folder cannot be read: {ex.Message}", ex)
            : importer.ImportAsync(_files, progress, ct);
}
