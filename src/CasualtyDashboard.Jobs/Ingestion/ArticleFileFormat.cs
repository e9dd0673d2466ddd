namespace CasualtyDashboard.Jobs.Ingestion;

/// <summary>The file shapes every file channel (upload, watched folder, CLI) reads.</summary>
public enum ArticleFileFormat
{
    /// <summary><c>.jsonl</c>, <c>.ndjson</c>, <c>.json</c>: a JSON array or JSON Lines in the articles shape of SCHEMA.md.</summary>
    Json,
    /// <summary><c>.csv</c>: RFC 4180 with a header row holding a <c>text</c> column.</summary>
    Csv,
    /// <summary><c>.txt</c>: the whole file is one article; date and outlet come from the caller.</summary>
    Text,
}
