using System.Globalization;
using CasualtyDashboard.Data.Queries;
using CasualtyDashboard.Data.Review;
using CasualtyDashboard.Web.Services.Figures;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Radzen;
using Radzen.Blazor;

namespace CasualtyDashboard.Web.Components.Pages;

/// <summary>
/// Every extracted figure, server-side paged, sorted and filtered, with review actions by mouse or keyboard
/// (see <see cref="FigureKeys"/>). The selected row's details, history and notes are shown under the grid.
/// </summary>
public partial class Figures
{
    [Inject] private FigureGridQuery Query { get; set; } = default!;
    [Inject] private FigureReviewService Reviews { get; set; } = default!;
    [Inject] private FigureReviewActions Actions { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;

    private RadzenDataGrid<FigureRow> _grid = default!;
    private ElementReference _area;
    private IReadOnlyList<FigureRow> _rows = [];
    private int _total;
    private bool _loading;
    private FigureFilter _filter = FigureFilter.None;
    private FigureFacets _facets = new([], [], []);
    private FigureSort _sort = FigureSort.Default;
    private int _skip;
    private int _selectedIndex = -1;
    private int? _selectAfterLoad;
    private IReadOnlyList<ReviewHistoryEntry> _history = [];
    private bool _interactive;

    private enum FigureAction { Accept, Reject, Correct, Note }

    private FigureRow? Selected => _selectedIndex >= 0 && _selectedIndex < _rows.Count ? _rows[_selectedIndex] : null;

    protected override async Task OnInitializedAsync()
    {
        _facets = await Query.FacetsAsync();
        await FetchAsync(0, 25);
    }

    protected override void OnAfterRender(bool firstRender)
    {
        // Only a live circuit renders after the prerender: tell keyboard users (and tests) the keys now work.
        if (!firstRender) return;
        _interactive = true;
        StateHasChanged();
    }

    private async Task LoadAsync(LoadDataArgs args)
    {
        _sort = FigureGridSort.From(args.Sorts);
        await FetchAsync(args.Skip ?? 0, args.Top ?? 25);
    }

    private async Task FetchAsync(int skip, int take)
    {
        _loading = true;
        var selectedId = Selected?.Id;
        var page = await Query.PageAsync(_filter, _sort, skip, take);
        _skip = skip;
        _rows = page.Rows;
        _total = page.Total;
        _loading = false;
        _selectedIndex = _selectAfterLoad is { } wanted ? Math.Min(wanted, _rows.Count - 1)
            : selectedId is { } id ? _rows.ToList().FindIndex(r => r.Id == id) : -1;
        if (_selectedIndex < 0 && _rows.Count > 0 && _selectAfterLoad is null) _selectedIndex = 0;
        _selectAfterLoad = null;
        await LoadHistoryAsync();
    }

    private async Task LoadHistoryAsync() => _history = Selected is { } s ? await Reviews.HistoryAsync(s.Id) : [];

    private async Task OnFilterChangedAsync(FigureFilter filter)
    {
        _filter = filter;
        _selectAfterLoad = 0;
        await _grid.FirstPage(true);
    }

    private async Task ReloadAsync()
    {
        _selectAfterLoad = _selectedIndex;
        await _grid.Reload();
    }

    private async Task SelectAsync(FigureRow row)
    {
        _selectedIndex = _rows.ToList().FindIndex(r => r.Id == row.Id);
        await LoadHistoryAsync();
    }

    private void OnRowRender(RowRenderEventArgs<FigureRow> args)
    {
        var selected = Selected?.Id == args.Data!.Id;
        args.Attributes["data-figure-id"] = args.Data.Id.ToString(CultureInfo.InvariantCulture);
        args.Attributes["aria-selected"] = selected ? "true" : "false";
        if (selected) args.Attributes["class"] = "row-selected";
    }

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

    private async Task PageAsync(int by, int select)
    {
        var pageSize = Math.Max(1, _grid.PageSize);
        var target = _grid.CurrentPage + by;
        if (target < 0 || target * pageSize >= _total) return;
        _selectAfterLoad = select;
        await _grid.GoToPage(target, true);
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
        if (stored) await ReloadAsync();
        await _area.FocusAsync();
    }

    private static string ArticleLink(FigureRow f) => $"articles/{f.ArticleId}?figure={f.Id}#fig-{f.Id}";

    private static string Date(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "—";

    private static string Number(long n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
