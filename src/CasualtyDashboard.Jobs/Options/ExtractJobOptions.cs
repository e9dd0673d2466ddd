using System.ComponentModel.DataAnnotations;

namespace CasualtyDashboard.Jobs.Options;

/// <summary><c>Jobs:Extract</c>: how the extract job takes pending articles.</summary>
public sealed class ExtractJobOptions
{
    /// <summary>Cron of the recurring run (six fields with seconds, as Hangfire takes them; UTC) (new articles also trigger a run at once).</summary>
    [Required]
    public string Cron { get; set; } = "0/30 * * * * ?";

    [Range(1, 10_000)]
    public int BatchSize { get; set; } = 1_000;

    /// <summary>After this many failed attempts an article is marked failed.</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 3;

    /// <summary>
    /// At most this many figures are stored per article (the first ones in the text); an article giving more, such as
    /// a page of nothing but casualty phrases, keeps these with a note saying how many were found.
    /// </summary>
    [Range(1, 1_000_000)]
    public int MaxFiguresPerArticle { get; set; } = 2_000;

    /// <summary>The first retry waits this long; each further one twice as long.</summary>
    [Range(0, 86_400)]
    public int RetryBackoffSeconds { get; set; } = 30;
}
