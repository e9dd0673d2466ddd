namespace CasualtyDashboard.Jobs.Feeds;

/// <summary>
/// What one poll of one feed did: whether the feed was read (or unchanged, HTTP 304), the new items it took and what
/// became of them, the items left for the next poll, and the pages <see cref="Deferred"/> because the poll's time
/// budget ran out (not counted as fetched). <see cref="Error"/> is the feed's own failure, if any.
/// </summary>
public sealed record FeedPollResult(long FeedId, bool Succeeded, bool NotModified, int Stored, int Duplicates, int Failed, int Retrying,
    int Left, int Skipped, string? Error, int Deferred = 0)
{
    public int Fetched => Stored + Duplicates + Failed + Retrying;

    /// <summary>The sentence shown as the feed's last outcome.</summary>
    public string Describe()
    {
        if (!Succeeded) return $"Failed: {Error}";
        if (NotModified && Fetched == 0 && Deferred == 0) return "Not changed since the last poll (HTTP 304).";
        var parts = new List<string> { Fetched == 0 ? "No new items" : $"{Fetched} items fetched: {Stored} stored, {Duplicates} already stored, {Failed} failed" };
        if (Retrying > 0) parts.Add($"{Retrying} to retry");
        if (Left > 0) parts.Add($"{Left} new items left for the next poll");
        if (Deferred > 0) parts.Add($"{Deferred} pages not fetched within the poll's time budget (Feeds:PollBudgetSeconds), taken at the next poll");
        if (Skipped > 0) parts.Add($"{Skipped} items without an http(s) link skipped");
        return string.Join("; ", parts) + ".";
    }
}
