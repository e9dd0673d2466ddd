using CasualtyDashboard.Data.Entities;

namespace CasualtyDashboard.Data.Queries;

/// <summary>A feed as the Feeds page lists it, with the counts of its items that failed or wait for a retry.</summary>
public sealed record FeedView(long Id, string Url, string OutletName, FeedSource Source, bool Enabled, int PollIntervalMinutes,
    DateTime? LastPolledAt, DateTime? LastSuccessAt, string? LastError, string? LastOutcome, DateTime? NextPollAt, int ItemsTaken,
    int FailedItems, int RetryingItems);
