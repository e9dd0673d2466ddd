namespace CasualtyDashboard.Jobs.Ingestion;

public enum IngestStatus
{
    Stored,
    /// <summary>The same text (content hash) or the same URL is stored already; nothing was added.</summary>
    Duplicate,
    /// <summary>Not stored; the result's error says why.</summary>
    Rejected,
}
