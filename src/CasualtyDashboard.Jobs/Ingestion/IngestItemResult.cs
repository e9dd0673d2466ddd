namespace CasualtyDashboard.Jobs.Ingestion;

/// <summary>What became of one item: <paramref name="Line"/> is its 1-based line or element number in the input.</summary>
public sealed record IngestItemResult(int Line, IngestStatus Status, long? ArticleId, string? Error);
