namespace CasualtyDashboard.Jobs.Feeds;

/// <summary>One entry of <c>Feeds:Sources</c>.</summary>
public sealed class FeedSourceOptions
{
    public string Url { get; set; } = "";

    /// <summary>The outlet stored with its articles.</summary>
    public string Outlet { get; set; } = "";

    /// <summary>Minutes between polls; <c>Feeds:DefaultIntervalMinutes</c> when not given.</summary>
    public int? IntervalMinutes { get; set; }
}
