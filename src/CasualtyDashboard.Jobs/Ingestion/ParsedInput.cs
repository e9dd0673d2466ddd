namespace CasualtyDashboard.Jobs.Ingestion;

/// <summary>Articles read from one input, and the lines that could not be read (with their 1-based line numbers).</summary>
public sealed record ParsedInput(IReadOnlyList<(int Line, IncomingArticle Article)> Articles, IReadOnlyList<IngestItemResult> Errors);
