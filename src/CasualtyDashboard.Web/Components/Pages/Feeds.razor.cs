using CasualtyDashboard.Data.Queries;
using CasualtyDashboard.Jobs;
using CasualtyDashboard.Jobs.Feeds;
using CasualtyDashboard.Web.Services;
using Microsoft.AspNetCore.Components;

namespace CasualtyDashboard.Web.Components.Pages;

/// <summary>The news feeds: add one, poll, enable or disable, delete, and the latest items of one.</summary>
public sealed partial class Feeds
{
    private const int ItemsShown = 200;

    private IReadOnlyList<FeedView> _feeds = [];
    private IReadOnlyList<FeedItemView> _items = [];
    private FeedView? _selected;
    private IDisposable? _subscription;
    private string? _url, _outlet;
    private Reconciliation.Messages.Message? _message;
    private int? _interval = 30;
    private bool _messageOk;
    // Set once the circuit has rendered: the form works from then on (tests wait for it).
    private bool _interactive;

    [Inject] private FeedQueries Queries { get; set; } = default!;

    [Inject] private FeedCatalog Catalog { get; set; } = default!;

    [Inject] private DashboardUpdates Updates { get; set; } = default!;

    [Inject] private MessageText Messages { get; set; } = default!;

    protected override async Task OnInitializedAsync() => _feeds = await Queries.ListAsync();

    protected override void OnAfterRender(bool firstRender)
    {
        if (!firstRender) return;
        _subscription = Updates.Subscribe(change => change.What == "feeds" ? InvokeAsync(ReloadAsync) : Task.CompletedTask);
        _interactive = true;
        StateHasChanged();
    }

    private async Task AddAsync()
    {
        var result = await Catalog.AddAsync(_url, _outlet, _interval);
        if (result.Succeeded) (_url, _outlet) = (null, null);
        await ShowAsync(result);
    }

    private async Task RunAsync(Func<Task<FeedCommandResult>> command) => await ShowAsync(await command());

    private async Task ShowAsync(FeedCommandResult result)
    {
        (_message, _messageOk) = (result.Message, result.Succeeded);
        await ReloadAsync();
    }

    private async Task ShowItemsAsync(FeedView feed)
    {
        _selected = feed;
        _items = await Queries.ItemsAsync(feed.Id, ItemsShown);
    }

    private async Task ReloadAsync()
    {
        _feeds = await Queries.ListAsync();
        if (_selected is not null) _items = await Queries.ItemsAsync(_selected.Id, ItemsShown);
        StateHasChanged();
    }

    /// <summary>A time of the feed table (UTC, to the minute), or "never"; in a narrow column the time goes under the date.</summary>
    private MarkupString Time(DateTime? utc) =>
        utc is { } t ? BidiText.Format("{0} {1}", BidiText.Ltr(UiFormat.Date(DateOnly.FromDateTime(t))), BidiText.Ltr(UiFormat.ClockMinute(t)))
            : L.Isolated("Feeds.Never");

    /// <summary>When the feed is polled next: a time, "at the next run" when due, or a dash when disabled.</summary>
    private MarkupString NextPoll(FeedView feed) =>
        !feed.Enabled ? new MarkupString("—")
        : feed.NextPollAt is { } next ? Time(next)
        : L.Isolated("Feeds.AtNextRun");

    public void Dispose() => _subscription?.Dispose();
}
