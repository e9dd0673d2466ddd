using System.ComponentModel.DataAnnotations;

namespace CasualtyDashboard.Jobs.Feeds;

/// <summary>The <c>Feeds</c> settings section: feeds configured in settings, and the limits of every fetch.</summary>
public sealed class FeedOptions : IValidatableObject
{
    public const string SectionName = "Feeds";

    /// <summary>Feeds upserted into the database at every start (the Feeds page adds more).</summary>
    public List<FeedSourceOptions> Sources { get; set; } = [];

    /// <summary>A feed or page that has not fully arrived within this time is given up (and retried at a later poll).</summary>
    [Range(1, 600)]
    public int RequestTimeoutSeconds { get; set; } = 30;

    /// <summary>Largest feed document read, in bytes (after decompression).</summary>
    [Range(1_024, 100_000_000)]
    public long MaxFeedBytes { get; set; } = 5_000_000;

    /// <summary>Largest article page read, in bytes (after decompression); a larger page is recorded as failed.</summary>
    [Range(1_024, 100_000_000)]
    public long MaxPageBytes { get; set; } = 3_000_000;

    /// <summary>At most this many new items are fetched per feed and poll; the rest are taken at the next run.</summary>
    [Range(1, 10_000)]
    public int MaxItemsPerPoll { get; set; } = 100;

    /// <summary>A page failing for a reason that may pass (timeout, 5xx, network) is tried this many times in all.</summary>
    [Range(1, 100)]
    public int MaxItemAttempts { get; set; } = 3;

    /// <summary>Pages of one feed fetched at the same time.</summary>
    [Range(1, 16)]
    public int PageConcurrency { get; set; } = 4;

    /// <summary>Poll interval of a feed that does not give its own.</summary>
    [Range(1, 10_080)]
    public int DefaultIntervalMinutes { get; set; } = 30;

    /// <summary>
    /// Host names (or literal addresses) fetched even though they resolve to a loopback, private, link-local or other
    /// internal address; every other such host is refused on every connection, redirects included.
    /// </summary>
    public List<string> AllowedInternalHosts { get; set; } = [];

    /// <summary>
    /// The most one feed's poll may take, its pages included: when it has passed, the pages not yet fetched wait for the
    /// next run (without using up an attempt), so one slow site never holds back the other feeds.
    /// </summary>
    [Range(1, 3_600)]
    public int PollBudgetSeconds { get; set; } = 120;

    [Required]
    public string UserAgent { get; set; } = "CasualtyDashboard/1.0 (news feed reader)";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < Sources.Count; i++)
        {
            var source = Sources[i];
            var name = $"{SectionName}:{nameof(Sources)}:{i}";
            if (FeedUrls.Validate(source.Url, out var uri) is { } error) yield return new ValidationResult($"{name}:Url: {MessageEnglish.Text(error)}", [nameof(Sources)]);
            else if (!seen.Add(uri!.AbsoluteUri)) yield return new ValidationResult($"{name}:Url: {uri} is listed twice.", [nameof(Sources)]);
            if (string.IsNullOrWhiteSpace(source.Outlet) || source.Outlet.Trim().Length > 200)
                yield return new ValidationResult($"{name}:Outlet: give the outlet's name (1 to 200 characters).", [nameof(Sources)]);
            if (source.IntervalMinutes is < 1 or > 10_080)
                yield return new ValidationResult($"{name}:IntervalMinutes: between 1 and 10080 minutes.", [nameof(Sources)]);
        }
    }
}
