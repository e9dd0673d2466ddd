using System.ComponentModel.DataAnnotations;

namespace CasualtyDashboard.Jobs.Options;

/// <summary>The <c>Import</c> settings section: limits of the file and HTTP channels, and the watched folder.</summary>
public sealed class ImportOptions
{
    public const string SectionName = "Import";

    /// <summary>Largest file accepted by upload, watched folder and CLI (the whole file is read into memory).</summary>
    [Range(1, 2_000)]
    public int MaxFileMegabytes { get; set; } = 100;

    /// <summary>Largest body of <c>POST /api/articles</c>; a larger one is answered 413.</summary>
    [Range(1, 2_000)]
    public int MaxRequestMegabytes { get; set; } = 50;

    /// <summary>
    /// Longest line of a JSON Lines file or upload; a longer line is rejected (and skipped without being kept in memory).
    /// An article's text is at most 1,000,000 characters, about 2 MB of Arabic in UTF-8.
    /// </summary>
    [Range(1, 2_000)]
    public int MaxLineMegabytes { get; set; } = 8;

    /// <summary>Articles stored per transaction: a process killed mid-import keeps every finished chunk and nothing half-stored.</summary>
    [Range(1, 10_000)]
    public int ChunkSize { get; set; } = 500;

    /// <summary>A folder whose files are imported and moved to <c>done/</c> or <c>failed/</c>; null or empty: off.</summary>
    public string? WatchFolder { get; set; }

    /// <summary>Cron of the watched-folder scan (six fields with seconds; UTC).</summary>
    [Required]
    public string WatchCron { get; set; } = "0/10 * * * * ?";

    /// <summary>A file is taken only when its size and time have not changed for this long (it is not still being written).</summary>
    [Range(0, 3_600)]
    public int SettleSeconds { get; set; } = 3;

    public long MaxFileBytes => MaxFileMegabytes * 1024L * 1024L;

    public int MaxLineBytes => (int)Math.Min(int.MaxValue, MaxLineMegabytes * 1024L * 1024L);

    public long MaxRequestBytes => MaxRequestMegabytes * 1024L * 1024L;
}
