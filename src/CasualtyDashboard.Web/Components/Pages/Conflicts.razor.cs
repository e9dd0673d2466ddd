using CasualtyDashboard.Data.Queries;
using CasualtyDashboard.Jobs;
using CasualtyDashboard.Jobs.Reconciliation;
using CasualtyDashboard.Web.Services;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace CasualtyDashboard.Web.Components.Pages;

/// <summary>
/// The flags of the last reconciliation, open ones first in the order an analyst should look at them
/// (<see cref="ConflictPriority"/>), series named in words; a conflict's claims with their sentences; resolve or dismiss.
/// </summary>
public sealed partial class Conflicts
{
    private const int PageSize = 20;

    private MudDataGrid<ConflictView>? _grid;
    private ReconciliationStatus? _status;
    private IReadOnlyList<DecisionView> _history = [];
    private ConflictDetail? _detail;
    private string _kind = "conflict";
    private string _type = ConflictsPageService.AnyValue;
    private string _state = ConflictsPageService.AnyValue;
    private long? _chosenClaim;
    private long? _enteredValue;
    private string? _note;
    private string? _error;
    private string? _message;
    private bool _busy;
    private IDisposable? _subscription;

    [Inject] private ConflictsPageService Service { get; set; } = default!;

    [Inject] private DashboardUpdates Updates { get; set; } = default!;

    [Inject] private ConflictLabels Labels { get; set; } = default!;

    [Inject] private SeriesNames SeriesNames { get; set; } = default!;

    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    // The prerendered page shows the loading state of CircuitOnly: the circuit reads the status and history (decision 086).
    protected override Task OnInitializedAsync() => RendererInfo.IsInteractive ? LoadSideAsync() : Task.CompletedTask;

    protected override Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender)
        {
            _subscription = Updates.Subscribe(change => change.What == "reconciliation" ? InvokeAsync(RefreshAsync) : Task.CompletedTask);
        }

        return Task.CompletedTask;
    }

    private async Task<GridData<ConflictView>> LoadAsync(GridState<ConflictView> state, CancellationToken ct)
    {
        var page = await Service.LoadAsync(_type, _state, _kind, state.Page * state.PageSize, state.PageSize, ct);
        return new GridData<ConflictView> { Items = page.Items, TotalItems = page.Total };
    }

    private async Task LoadSideAsync()
    {
        _status = await Service.StatusAsync();
        _history = await Service.HistoryAsync();
    }

    /// <summary>A run finished or a decision was stored: reload the list, the status, the history and the open conflict.</summary>
    private async Task RefreshAsync()
    {
        if (_grid is not null) await _grid.ReloadServerData();
        await LoadSideAsync();
        if (_detail is not null) _detail = await Service.DetailAsync(_detail.Conflict.Key);
        StateHasChanged();
    }


    private async Task FilterAsync(Action set)
    {
        set();
        if (_grid is not null) await _grid.ReloadServerData();
    }

    private async Task OpenAsync(string key)
    {
        _detail = await Service.DetailAsync(key);
        _chosenClaim = null;
        _enteredValue = null;
        _note = null;
        _error = null;
        _message = _detail is null ? L["Conflicts.Gone"].Value : null;
    }

    /// <summary>A decision's conflict as its type, point and series in words (its stored key is <c>type#series@date#sources</c>).</summary>
    private string ConflictName(DecisionView decision)
    {
        var parts = (decision.ConflictKey ?? decision.PointKey ?? "").Split('#');
        return parts.Length >= 2 ? $"{Labels.Type(parts[0])}: {SeriesNames.Point(parts[1])}"
            : decision.PointKey is { } point ? SeriesNames.Point(point) : parts[0];
    }

    private void OnClaimChosen(long? claimId)
    {
        _chosenClaim = claimId;
        _enteredValue = null;
    }

    private void OnValueEntered(ChangeEventArgs e)
    {
        _enteredValue = long.TryParse(e.Value?.ToString(), out var value) ? value : null;
        if (_enteredValue is not null) _chosenClaim = null;
    }

    private Task ResolveAsync() => DecideAsync(key => Service.ResolveAsync(key, _chosenClaim, _enteredValue, _note), "Conflicts.Resolved");

    private Task DismissAsync() => DecideAsync(key => Service.DismissAsync(key, _note), "Conflicts.Dismissed");

    private async Task DecideAsync(Func<string, Task<DecisionOutcome>> decide, string doneKey)
    {
        if (_detail is null) return;
        _busy = true;
        _error = null;
        _message = null;
        try
        {
            var key = _detail.Conflict.Key;
            var outcome = await decide(key);
            if (outcome.Status != DecisionStatus.Stored)
            {
                _error = outcome.Error;
                return;
            }

            _message = L[doneKey];
            Snackbar.Add(_message, Severity.Success);
            _note = null;
            await RefreshAsync();
        }
        finally
        {
            _busy = false;
        }
    }

    public void Dispose() => _subscription?.Dispose();
}
