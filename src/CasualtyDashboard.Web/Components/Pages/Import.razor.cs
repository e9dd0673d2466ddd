using CasualtyDashboard.Jobs.Ingestion;
using CasualtyDashboard.Web.Services;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using CasualtyDashboard.Jobs;

namespace CasualtyDashboard.Web.Components.Pages;

/// <summary>Uploads a file of articles with a progress bar, then lists what became of each line.</summary>
public sealed partial class Import
{
    private readonly CancellationTokenSource _leaving = new();
    private IBrowserFile? _file;
    private DateOnly? _published;
    private string? _outlet;
    private string? _title;
    private bool _running;
    private ImportStatus? _status;
    private ImportReport? _report;
    private string? _reportFile;
    private IngestStatus? _show;
    private int _figures;
    private IDisposable? _subscription;
    private MarkupString? _error;
    private bool _interactive;

    [Inject] private ImportPageService Service { get; set; } = default!;

    [Inject] private DashboardUpdates Updates { get; set; } = default!;

    [Inject] private MessageText Messages { get; set; } = default!;

    protected override void OnAfterRender(bool firstRender)
    {
        // Prerendered markup cannot take a file yet; tests and users wait for the live circuit.
        if (!firstRender) return;
        // Extraction runs as a job after the import: its progress updates the count of figures found in the new articles.
        _subscription = Updates.Subscribe(change => change.What == "jobs" ? InvokeAsync(CountFiguresAsync) : Task.CompletedTask);
        _interactive = true;
        StateHasChanged();
    }

    private void OnFileChosen(InputFileChangeEventArgs e)
    {
        _file = e.File;
        _report = null;
        _status = null;
        _error = null;
    }

    private async Task ImportAsync()
    {
        if (_file is not { } file) return;
        _running = true;
        _error = null;
        _report = null;
        try
        {
            if (file.Size > Service.MaxBytes)
            {
                _error = L.Isolated("Import.TooLarge", file.Name, Service.Size(file.Size), Service.Size(Service.MaxBytes),
                    BidiText.Ltr("Import:MaxFileMegabytes"));
                return;
            }
            var details = new TextArticleDetails(_published, _outlet, _title);
            await using var stream = file.OpenReadStream(Service.MaxBytes, _leaving.Token);
            var progress = new ShownProgress(this);
            _report = await Service.ImportAsync(file.Name, file.Size, stream, details, progress, _leaving.Token);
            _reportFile = file.Name;
            _show = null;
            await CountFiguresAsync();
        }
        catch (IOException ex)
        {
            _error = L.Isolated("Import.Unreadable", file.Name, new BidiRun(ex.Message, "ltr"));
        }
        finally
        {
            _running = false;
            _status = null;
        }
    }

    /// <summary>Shows each report at once (no posting, so none arrives after the import ended).</summary>
    private sealed class ShownProgress(Import page) : IProgress<ImportStatus>
    {
        public void Report(ImportStatus value)
        {
            page._status = value;
            _ = page.InvokeAsync(page.StateHasChanged);
        }
    }

    private async Task CountFiguresAsync()
    {
        if (_report is not { } report) return;
        _figures = await Service.FigureCountAsync(report);
        StateHasChanged();
    }

    public void Dispose()
    {
        _subscription?.Dispose();
        _leaving.Cancel();
        _leaving.Dispose();
    }
}
