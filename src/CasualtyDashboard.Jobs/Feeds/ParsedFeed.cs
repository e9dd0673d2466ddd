namespace CasualtyDashboard.Jobs.Feeds;

/// <summary>A feed document read by <see cref="FeedParser"/>; <paramref name="Skipped"/> says why items were left out.</summary>
public sealed record ParsedFeed(string Format, string? Title, IReadOnlyList<FeedEntry> Entries, IReadOnlyList<string> Skipped);
