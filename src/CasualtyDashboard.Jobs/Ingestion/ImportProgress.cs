namespace CasualtyDashboard.Jobs.Ingestion;

/// <summary>How many of an input's articles have been through ingestion so far.</summary>
public sealed record ImportProgress(int Done, int Total);
