using CasualtyDashboard.Data.Entities;
using CasualtyDashboard.Data.Queries;
using CasualtyDashboard.Jobs;
using CasualtyDashboard.Web.Services;
using Microsoft.AspNetCore.Components;

namespace CasualtyDashboard.Web.Components.Pages;

/// <summary>The recurring jobs with their schedule and live progress, the failed articles, and every run by state.</summary>
public sealed partial class Jobs
{
    private JobsOverview? _overview;
    private JobRunState? _state;
    private IDisposable? _subscription;
    private string? _message;

    [Inject] private JobsPageService Service { get; set; } = default!;

    [Inject] private MessageText Messages { get; set; } = default!;

    [Inject] private DashboardUpdates Updates { get; set; } = default!;

    // The prerendered page shows the loading state of CircuitOnly: the overview is read by the circuit alone (decision 086).
    protected override async Task OnInitializedAsync()
    {
        if (RendererInfo.IsInteractive) _overview = await Service.LoadAsync(_state);
    }

    protected override void OnAfterRender(bool firstRender)
    {
        if (!firstRender) return;
        _subscription = Updates.Subscribe(change => change.What == "jobs" ? InvokeAsync(ReloadAsync) : Task.CompletedTask);
        StateHasChanged();
    }

    private async Task ReloadAsync()
    {
        _overview = await Service.LoadAsync(_state);
        StateHasChanged();
    }

    private async Task FilterAsync(JobRunState? state)
    {
        _state = state;
        _overview = await Service.LoadAsync(_state);
    }

    private async Task RunNowAsync(string name) => _message = await Service.RunNowAsync(name);

    private async Task RetryFailedAsync()
    {
        _message = await Service.RetryFailedAsync();
        _overview = await Service.LoadAsync(_state);
    }

    /// <summary>How far a running run is: "120 of 400", or "120" while its total is unknown.</summary>
    private MarkupString Progress(JobRunView run) => run.Total is { } total
        ? L.Isolated("Common.OfTotal", BidiText.Ltr(UiFormat.Number(run.Processed)), BidiText.Ltr(UiFormat.Number(total)))
        : BidiText.Format("{0}", BidiText.Ltr(UiFormat.Number(run.Processed)));

    /// <summary>Items a run processed, over its total when known: "120 / 400".</summary>
    private static string Counted(JobRunView run) =>
        run.Total is { } total ? $"{UiFormat.Number(run.Processed)} / {UiFormat.Number(total)}" : UiFormat.Number(run.Processed);

    public void Dispose() => _subscription?.Dispose();
}
