namespace CasualtyDashboard.Data.Entities;

/// <summary>One run of a background job, as the Jobs page shows it.</summary>
public sealed class JobRun
{
    public long Id { get; set; }
    public required string JobName { get; set; }

    /// <summary>scheduled, manual, startup or retry.</summary>
    public required string Trigger { get; set; }

    public DateTime StartedAt { get; set; }
    public DateTime? EndedAt { get; set; }
    public JobRunState State { get; set; }

    public int Processed { get; set; }
    public int Failed { get; set; }

    /// <summary>How many items the run expects, when known (for progress).</summary>
    public int? Total { get; set; }

    public string? Message { get; set; }
    public string? Error { get; set; }
}
