using CasualtyDashboard.Reconciliation.Messages;

namespace CasualtyDashboard.Jobs.Ingestion;

/// <summary>
/// What became of one item: <paramref name="Line"/> is its 1-based line or element number in the input;
/// <paramref name="Error"/> says why it was not stored (an <see cref="ImportMessages"/> code), worded by the reader.
/// </summary>
public sealed record IngestItemResult(int Line, IngestStatus Status, long? ArticleId, Message? Error);
