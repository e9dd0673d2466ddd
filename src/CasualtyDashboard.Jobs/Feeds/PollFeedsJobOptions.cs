using System.ComponentModel.DataAnnotations;

namespace CasualtyDashboard.Jobs.Feeds;

/// <summary><c>Jobs:PollFeeds</c>: how often the feed job looks for feeds whose interval has elapsed.</summary>
public sealed class PollFeedsJobOptions
{
    public const string SectionName = "Jobs:PollFeeds";

    /// <summary>Cron (six fields with seconds; UTC); each run polls only the feeds that are due.</summary>
    [Required]
    public string Cron { get; set; } = "0 * * * * ?";
}
