using CasualtyDashboard.Reconciliation.Messages;
using CasualtyDashboard.Jobs.Scheduling;
using CasualtyDashboard.Reconciliation.Reference;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CasualtyDashboard.Jobs.Reconciliation;

/// <summary>
/// At start, imports the files of <c>Reference:Files</c> whose content changed since their last import. Each file is a
/// run on the Jobs page; a missing or malformed file fails its run with the reason and the app still starts.
/// </summary>
internal sealed class ReferenceFilesImporter(
    ReferenceImportService importer,
    JobRunTracker tracker,
    IOptions<ReferenceOptions> options,
    IHostEnvironment environment,
    ILogger<ReferenceFilesImporter> logger) : IHostedService
{
    public const string RunName = "import-reference";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var file in options.Value.Files.Where(f => !string.IsNullOrWhiteSpace(f)))
        {
            var path = Path.GetFullPath(Path.Combine(environment.ContentRootPath, file));
            var progress = await tracker.StartAsync(RunName, JobTriggers.Startup, cancellationToken);
            try
            {
                var result = await importer.ImportAsync(
                    await File.ReadAllBytesAsync(path, cancellationToken), TfpReferenceReader.DatasetOf(path), Path.GetFileName(path),
                    "settings", onlyIfChanged: true, cancellationToken);
                await progress.AdvanceAsync(result.Claims, 0, cancellationToken);
                progress.Message = result.Unchanged
                    ? Message.Of(JobMessages.ReferenceUnchanged, MessageArg.Text(path), MessageArg.Number(result.Claims))
                    : Message.Of(JobMessages.ReferenceImported, MessageArg.Text(path), MessageArg.Number(result.Claims), MessageArg.Region(result.Dataset),
                        MessageArg.Day(result.FirstDate.GetValueOrDefault()), MessageArg.Day(result.LastDate.GetValueOrDefault()));
                await tracker.SucceedAsync(progress, CancellationToken.None);
                logger.LogInformation("Reference file {Message}", progress.Message.ToStored());
            }
            catch (Exception ex) when (ex is FormatException or IOException or UnauthorizedAccessException)
            {
                await tracker.FailAsync(progress, ex, CancellationToken.None);
                logger.LogError("Reference file {Path} was not imported: {Error}", path, ex.Message);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
