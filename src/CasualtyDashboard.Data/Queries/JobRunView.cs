using CasualtyDashboard.Data.Entities;

namespace CasualtyDashboard.Data.Queries;

/// <summary>A job run as the Jobs page lists it.</summary>
public sealed record JobRunView(long Id, string JobName, string Trigger, DateTime StartedAt, DateTime? EndedAt, JobRunState State,
    int Processed, int Failed, int? Total, string? Message, string? Error)
{
    public TimeSpan? Duration => EndedAt is { } end ? end - StartedAt : null;
}
