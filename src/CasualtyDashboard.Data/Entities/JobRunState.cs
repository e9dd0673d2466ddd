namespace CasualtyDashboard.Data.Entities;

public enum JobRunState
{
    Running,
    Succeeded,
    Failed,
    /// <summary>The process stopped while the run was going (found at the next start).</summary>
    Interrupted,
}
