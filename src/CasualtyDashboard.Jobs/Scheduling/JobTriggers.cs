namespace CasualtyDashboard.Jobs.Scheduling;

/// <summary>Why a run started; recorded with the run.</summary>
public static class JobTriggers
{
    public const string Key = "trigger";
    public const string Scheduled = "scheduled";
    public const string Manual = "manual";
    public const string Startup = "startup";
    public const string Retry = "retry";
    public const string NewData = "new-data";
}
