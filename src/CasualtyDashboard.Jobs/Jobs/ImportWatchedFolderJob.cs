using CasualtyDashboard.Jobs.Ingestion;
using CasualtyDashboard.Jobs.Scheduling;
using Quartz;

namespace CasualtyDashboard.Jobs.Jobs;

/// <summary>Imports the settled files of the watched folder (<c>Import:WatchFolder</c>); scans that find none are not recorded.</summary>
[DisallowConcurrentExecution]
public sealed class ImportWatchedFolderJob(WatchedFolderImporter importer, JobRunTracker tracker) : TrackedJob(tracker)
{
    public const string Name = "import-watched-folder";

    private IReadOnlyList<string> _files = [];

    protected override bool HasWork()
    {
        _files = importer.FindSettledFiles();
        return _files.Count > 0;
    }

    protected override Task RunAsync(JobRunProgress progress, CancellationToken ct) => importer.ImportAsync(_files, progress, ct);
}
