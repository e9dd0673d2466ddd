using CasualtyDashboard.Data.Entities;

namespace CasualtyDashboard.Data.Queries;

/// <summary>One item of a feed as the Feeds page shows it.</summary>
public sealed record FeedItemView(long Id, string? Title, string? Url, DateOnly? Published, FeedItemState State, int Attempts,
    DateTime FirstSeenAt, DateTime? LastAttemptAt, long? ArticleId, string? Error);
