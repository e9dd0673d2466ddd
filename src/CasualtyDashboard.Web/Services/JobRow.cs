using CasualtyDashboard.Data.Queries;
using CasualtyDashboard.Jobs.Scheduling;

namespace CasualtyDashboard.Web.Services;

/// <summary>One recurring job on the Jobs page: its schedule, its run going now (if any) and its latest finished run.</summary>
public sealed record JobRow(JobDefinition Definition, DateTime? NextRun, JobRunView? Running, JobRunView? Last)
{
    /// <summary>Progress of the running run, 0 to 100, or null while its total is unknown.</summary>
    public int? Percent => Running is { Total: > 0 and var total } run ? (int)Math.Min(100, run.Processed * 100L / total) : null;
}
