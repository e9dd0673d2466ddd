using System.Globalization;
using CasualtyDashboard.Data.Queries;
using CasualtyDashboard.Jobs;
using CasualtyDashboard.Jobs.Reconciliation;
using CasualtyDashboard.Web.Services;
using Microsoft.AspNetCore.Components;
using Radzen;
using Radzen.Blazor;

namespace CasualtyDashboard.Web.Components.Pages;

public sealed partial class Conflicts
{
    private const int PageSize = 20;

    private RadzenDataGrid<ConflictView>? _grid;
    private ConflictPage _page = new(0, []);
    private ReconciliationStatus? _status;
    private IReadOnlyList<DecisionView> _history = [];
    private ConflictDetail? _detail;
    private string _kind = "conflict";
    private string _type = ConflictsPageService.AnyValue;
    private string _state = ConflictsPageService.AnyValue;
    private int _skip;
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

    protected override async Task OnInitializedAsync()
    {
        _page = await Service.LoadAsync(_type, _state, _kind, 0, PageSize);
        await LoadSideAsync();
    }

    protected override Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender)
        {
            _subscription = Updates.Subscribe(change => change.What == "reconciliation" ? InvokeAsync(RefreshAsync) : Task.CompletedTask);
        }

        return Task.CompletedTask;
    }

    private async Task LoadAsync(LoadDataArgs args)
    {
        _skip = args.Skip ?? 0;
        _page = await Service.LoadAsync(_type, _state, _kind, _skip, args.Top ?? PageSize);
    }

    private async Task LoadSideAsync()
    {
        _status = await Service.StatusAsync();
        _history = await Service.HistoryAsync();
    }

    /// <summary>A run finished or a decision was stored: reload the list, the status, the history and the open conflict.</summary>
    private async Task RefreshAsync()
    {
        _page = await Service.LoadAsync(_type, _state, _kind, _skip, PageSize);
        await LoadSideAsync();
        if (_detail is not null) _detail = await Service.DetailAsync(_detail.Conflict.Key);
        StateHasChanged();
    }

    private async Task OnKindChanged(string value) => await FilterAsync(() => _kind = value);

    private async Task OnTypeChanged(string value) => await FilterAsync(() => _type = value);

    private async Task OnStateChanged(string value) => await FilterAsync(() => _state = value);

    private async Task FilterAsync(Action set)
    {
        set();
        _skip = 0;
        if (_grid is not null) await _grid.FirstPage(true);
    }

    private async Task OnRowClickAsync(DataGridRowMouseEventArgs<ConflictView> args)
    {
        if (args.Data is { } conflict) await OpenAsync(conflict.Key);
    }

    private void OnRowRender(RowRenderEventArgs<ConflictView> args)
    {
        if (args.Data is not { } conflict) return;
        args.Attributes["data-testid"] = "conflict-row";
        args.Attributes["data-key"] = conflict.Key;
        if (_detail?.Conflict.Key == conflict.Key) args.Attributes["class"] = "selected-conflict";
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
