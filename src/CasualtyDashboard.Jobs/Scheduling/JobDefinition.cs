namespace CasualtyDashboard.Jobs.Scheduling;

/// <summary>A recurring job: its Quartz job type, the name shown on the Jobs page, and its cron expression.</summary>
public sealed record JobDefinition(string Name, Type JobType, string Cron, string Description);
