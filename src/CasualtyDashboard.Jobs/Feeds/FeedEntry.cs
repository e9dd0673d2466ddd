namespace CasualtyDashboard.Jobs.Feeds;

/// <summary>One item of a feed: its key (guid, Atom id, else link), the page it links to, its title and date.</summary>
public sealed record FeedEntry(string Key, Uri Link, string? Title, DateOnly? Published);
