namespace CasualtyDashboard.Jobs.Scheduling;

/// <summary>
/// A recurring job: the name shown on the Jobs page (also its Hangfire recurring-job id), its <see cref="TrackedJob"/>
/// type, its cron expression (six fields with seconds, or five) and what it does.
/// </summary>
public sealed record JobDefinition(string Name, Type JobType, string Cron, string Description);
