using CasualtyDashboard.Jobs;
using CasualtyDashboard.Web.Components.Charts;
using CasualtyDashboard.Web.Services;
using CasualtyDashboard.Web.Services.Dashboard;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;

namespace CasualtyDashboard.Web.Components.Pages;

/// <summary>
/// The dashboard keeps its view in the URL: a filter change navigates to the view's link, and every location change (a
/// filter, the browser's back button, a shared link) is read back into the view and redraws the charts. New figures or a
/// reconciliation run reload the charts in place.
/// </summary>
public sealed partial class Dashboard
{
    [Inject] private DashboardChartService Service { get; set; } = default!;
    [Inject] private DashboardUpdates Updates { get; set; } = default!;
    [Inject] private NavigationManager Nav { get; set; } = default!;
    [Inject] private CodeNames Names { get; set; } = default!;

    private DashboardView _view = DashboardView.Default;
    private IReadOnlyList<string> _problems = [];
    private DashboardCharts? _charts;
    /// <summary>The charts the last render handed to the panels (their <see cref="FigureChart"/>s have mapped those figures).</summary>
    private DashboardCharts? _rendered;
    private PointDetail? _point;
    private string? _loadError;
    private IDisposable? _subscription;
    private int _loads;
    private readonly PreviousTreeRelease _release = new();

    private Dictionary<int, FigureChart> Charts { get; } = [];

    protected override async Task OnInitializedAsync()
    {
        Nav.LocationChanged += OnLocationChanged;
        _view = ViewOf(Nav.Uri);
        // The charts are drawn by the live circuit only: building them for the prerendered page too would do it twice. The
        // prerender starts the queries, though, so they run while the browser starts the circuit (decision 056).
        if (RendererInfo.IsInteractive) await LoadAsync();
        else Service.Prefetch(_view);
    }

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender)
            _subscription = Updates.Subscribe(change => change.What is "figures" or "reconciliation" ? InvokeAsync(ReloadAsync) : Task.CompletedTask);
        // The render before this one still handed the charts their points (Blazor keeps it to diff against): once more.
        if (_release.RenderAgain()) StateHasChanged();
        // The charts have taken the figures rendered (each maps its own to plotly's traces and lets them go once drawn): the
        // page keeps their layouts and hashes only, and renders once more so its render tree lets the points go too. Only
        // the figures that render handed over: charts loaded since (not rendered yet) keep theirs until their charts map them.
        if (_rendered is { HoldsFigureData: true } rendered && ReferenceEquals(rendered, _charts))
        {
            _charts = rendered.WithoutFigureData();
            _release.Released();
            StateHasChanged();
        }
    }

    private DashboardView ViewOf(string uri)
    {
        var view = DashboardView.Parse(new Uri(uri).Query, out var problems);
        _problems = problems;
        return view;
    }

    private void OnLocationChanged(object? sender, LocationChangedEventArgs e)
    {
        if (Nav.ToBaseRelativePath(e.Location).Split('?', '#')[0].Length != 0) return;
        var view = ViewOf(e.Location);
        if (view.Equals(_view) && _charts is not null) return;
        _view = view;
        _point = null;
        _ = InvokeAsync(ReloadAsync);
    }

    /// <summary>
    /// A filter changed: the new view becomes the URL (a history entry, so Back returns to the previous view) and loads at
    /// once, without waiting for the browser to report the new location (which then finds the view already shown).
    /// </summary>
    private async Task Go(DashboardView view)
    {
        var query = view.Format();
        Nav.NavigateTo(query.Length == 0 ? Nav.BaseUri : Nav.BaseUri + "?" + query);
        if (view.Equals(_view)) return;
        _view = view;
        _problems = [];
        _point = null;
        await LoadAsync();
    }

    private async Task ReloadAsync()
    {
        await LoadAsync();
        StateHasChanged();
    }

    /// <summary>Builds the charts for the current view; a failure (the database busy, say) is shown, never left to end the circuit.</summary>
    private async Task LoadAsync()
    {
        var load = ++_loads;
        try
        {
            var charts = await Service.BuildAsync(_view);
            if (load != _loads) return; // a newer view is loading: its charts win
            _charts = charts;
            _loadError = null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _loadError = ex.Message;
        }
    }

    /// <summary>
    /// How a panel's chart gets the points of a source folded into its legend when the analyst shows it there: by the view
    /// and series the panel was built for (not the panel itself, which would keep its figure's points alive; decision 049).
    /// </summary>
    private Func<string, Task<PlotlyTrace?>>? FoldedSources(DashboardView view, DashboardPanel panel) =>
        panel.SeriesId is { } seriesId ? authority => Service.FoldedSourceAsync(view, seriesId, authority) : null;

    private async Task OnPointClickAsync(string key) => _point = await Service.PointAsync(key);

    private async Task OnNotesChangedAsync()
    {
        if (_point is { } point) _point = await Service.PointAsync(point.Point.Key);
        await LoadAsync();
    }

    /// <summary>What an empty panel says: the region is not one the data knows, no series yet, or no points in the dates.</summary>
    private string NoDataKey(DashboardPanel panel) =>
        panel.SeriesId is not null ? "Dash.NoPointsInRange" : _charts is { UnknownRegion: true } ? "Dash.NoSeriesUnknownRegion" : "Dash.NoSeries";

    /// <summary><c>download-png-1</c>: one string per panel and format for the app, not one per render of every circuit.</summary>
    private static string DownloadTestId(string format, int index) =>
        DownloadTestIds.GetOrAdd((format, index), key => $"download-{key.Format}-{key.Index + 1}");

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string Format, int Index), string> DownloadTestIds = new();

    private Task DownloadAsync(int index, string format) =>
        Charts.TryGetValue(index, out var chart) ? chart.DownloadAsync(format) : Task.CompletedTask;

    public void Dispose()
    {
        Nav.LocationChanged -= OnLocationChanged;
        _subscription?.Dispose();
    }
}
