using CasualtyDashboard.Data.Queries;
using CasualtyDashboard.Data.Review;
using CasualtyDashboard.Web.Services;
using CasualtyDashboard.Web.Services.Figures;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using MudBlazor;

namespace CasualtyDashboard.Web.Components.Pages;

/// <summary>
/// Every extracted figure, server-side paged, sorted and filtered (the filters kept in the address, so a view can be
/// shared or bookmarked), with review actions by mouse or keyboard (see <see cref="FigureKeys"/>). The selected row's
/// details, history and notes are shown under the grid.
/// </summary>
public partial class Figures : IDisposable
{
    [Inject] private FigureGridQuery Query { get; set; } = default!;
    [Inject] private FigureReviewService Reviews { get; set; } = default!;
    [Inject] private FigureReviewActions Actions { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private CodeNames Names { get; set; } = default!;
    [Inject] private FigureGridWarmUp WarmUp { get; set; } = default!;

    private MudDataGrid<FigureRow> _grid = default!;
    private ElementReference _area;
    private IReadOnlyList<FigureRow> _rows = [];
    private int _total;
    private bool _totalCapped;
    private bool _atCappedEnd;
    private FigureFilter? _counting;
    private readonly CancellationTokenSource _disposed = new();
    private FigureFilter _filter = FigureFilter.None;
    private FigureFacets _facets = new([], [], []);
    private string? _linkError;
    private int _selectedIndex = -1;
    private int? _selectAfterLoad;
    private IReadOnlyList<ReviewHistoryEntry> _history = [];
    private bool _interactive;
    private readonly FigureGridPosition _position = new();

    private enum FigureAction { Accept, Reject, Correct, Note }

    private FigureRow? Selected => _selectedIndex >= 0 && _selectedIndex < _rows.Count ? _rows[_selectedIndex] : null;

    // The prerendered page shows the loading state of CircuitOnly: the circuit reads the options (decision 086).
    protected override async Task OnInitializedAsync()
    {
        if (RendererInfo.IsInteractive) _facets = await Query.FacetsAsync();
    }

    /// <summary>The address is the filter: read it on arrival and whenever it changes (back, forward, a shared link).</summary>
    protected override async Task OnParametersSetAsync()
    {
        var query = new Uri(Navigation.Uri).Query;
        var filter = FigureFilterQueryString.TryParse(query, out var parsed, out var error) ? parsed : FigureFilter.None;
        _linkError = error;
        if (filter == _filter) return;
        _filter = filter;
        _selectAfterLoad = 0;
        if (_grid is not null) await _grid.ReloadServerData();
    }

    protected override void OnAfterRender(bool firstRender)
    {
        // Only a live circuit renders after the prerender: tell keyboard users (and tests) the keys now work.
        if (!firstRender) return;
        _interactive = true;
        StateHasChanged();
    }

    private async Task<GridData<FigureRow>> LoadAsync(GridState<FigureRow> state, CancellationToken ct)
    {
        var request = FigureGridRequest.From(state);
        var selectedId = Selected?.Id;
        var page = await Query.PageAsync(_filter, request.Sort, request.Skip, request.Take, _position.SeekFor(_filter, request), ct);
        _position.Shown(_filter, request, page.Rows);
        _rows = page.Rows;
        _total = page.Total;
        _totalCapped = page.TotalIsCapped;
        _atCappedEnd = page.TotalIsCapped && request.Skip + request.Take >= page.Total;
        if (page.TotalIsCapped) CountInBackground(_filter);
        else _ = WarmUp.Start(_filter, request.Sort, _disposed.Token);
        _selectedIndex = _selectAfterLoad is { } wanted ? Math.Min(wanted, _rows.Count - 1)
            : selectedId is { } id ? _rows.ToList().FindIndex(r => r.Id == id) : -1;
        if (_selectedIndex < 0 && _rows.Count > 0 && _selectAfterLoad is null) _selectedIndex = 0;
        _selectAfterLoad = null;
        await LoadHistoryAsync();
        return new GridData<FigureRow> { Items = page.Rows, TotalItems = page.Total };
    }

    /// <summary>
    /// After a page whose count stopped at the cap ("10,000+", decision 058): the exact count, off the page's path; when it
    /// is in (the query caches it) the grid reloads the page it shows, now with the exact total, or, when it showed the
    /// order's end through the capped pager's last page, goes to the real last page. Whether it shows the end is read when
    /// the count is in: the count starts with the filter's first capped page, and the analyst may have gone to its end since.
    /// </summary>
    private void CountInBackground(FigureFilter filter)
    {
        if (_counting == filter) return;
        _counting = filter;
        var ct = _disposed.Token;
        _ = Task.Run(async () =>
        {
            try
            {
                await Query.CountAsync(filter, ct);
                await InvokeAsync(async () =>
                {
                    _counting = null;
                    if (ct.IsCancellationRequested || _filter != filter || !_totalCapped) return;
                    var atEnd = _atCappedEnd;
                    await _grid.ReloadServerData();
                    if (atEnd) _grid.NavigateTo(Page.Last);
                });
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                // The page was left.
            }
        }, ct);
    }

    public void Dispose()
    {
        _disposed.Cancel();
        _disposed.Dispose();
    }

    private async Task LoadHistoryAsync() => _history = Selected is { } s ? await Reviews.HistoryAsync(s.Id) : [];

    private Task OnFilterChangedAsync(FigureFilter filter)
    {
        // The address change comes back through OnParametersSetAsync, which reloads the grid.
        Navigation.NavigateTo(FigureFilterQueryString.Link("figures", filter), replace: true);
        return Task.CompletedTask;
    }

    private async Task ReloadAsync()
    {
        _selectAfterLoad = _selectedIndex;
        await _grid.ReloadServerData();
    }

    private async Task SelectAsync(FigureRow row)
    {
        _selectedIndex = _rows.ToList().FindIndex(r => r.Id == row.Id);
        await LoadHistoryAsync();
    }

    private string RowClass(FigureRow row, int index) => Selected?.Id == row.Id ? "row-selected" : "";

    private async Task OnKeyDownAsync(KeyboardEventArgs e)
    {
        var command = FigureKeys.Command(e.Key, e.Code, e.CtrlKey, e.AltKey, e.MetaKey);
        switch (command)
        {
            case FigureCommand.Next: await MoveAsync(+1); break;
            case FigureCommand.Previous: await MoveAsync(-1); break;
            case FigureCommand.NextPage: await PageAsync(+1, 0); break;
            case FigureCommand.PreviousPage: await PageAsync(-1, 0); break;
            case FigureCommand.OpenArticle when Selected is { } s: Navigation.NavigateTo(ArticleLink(s)); break;
            case FigureCommand.Accept when Selected is { } s: await RunAsync(s, FigureAction.Accept); break;
            case FigureCommand.Reject when Selected is { } s: await RunAsync(s, FigureAction.Reject); break;
            case FigureCommand.Correct when Selected is { } s: await RunAsync(s, FigureAction.Correct); break;
            case FigureCommand.Note when Selected is { } s: await RunAsync(s, FigureAction.Note); break;
        }
    }

    private async Task MoveAsync(int by)
    {
        var next = _selectedIndex + by;
        if (next >= _rows.Count) await PageAsync(+1, 0);
        else if (next < 0) await PageAsync(-1, int.MaxValue);
        else
        {
            _selectedIndex = next;
            await LoadHistoryAsync();
        }
    }

    private Task PageAsync(int by, int select)
    {
        var pageSize = Math.Max(1, _grid.RowsPerPage);
        var target = _grid.CurrentPage + by;
        if (target < 0 || target * pageSize >= _total) return Task.CompletedTask;
        _selectAfterLoad = select;
        _grid.NavigateTo(by > 0 ? Page.Next : Page.Previous);
        return Task.CompletedTask;
    }

    private async Task RunAsync(FigureRow row, FigureAction action)
    {
        await SelectAsync(row);
        var stored = action switch
        {
            FigureAction.Accept => await Actions.AcceptAsync(row),
            FigureAction.Reject => await Actions.RejectAsync(row),
            FigureAction.Correct => await Actions.CorrectAsync(row),
            _ => await Actions.AddNoteAsync(row.Id),
        };
        if (stored)
        {
            // A review moves the figure between review-state filters: the cached counts and id lists no longer hold.
            Query.Invalidate();
            await ReloadAsync();
        }
        await _area.FocusAsync();
    }

    private static string ArticleLink(FigureRow f) => $"articles/{f.ArticleId}?figure={f.Id}#fig-{f.Id}";

    private static string Date(DateOnly? d) => d is { } date ? UiFormat.Date(date) : "—";
}
