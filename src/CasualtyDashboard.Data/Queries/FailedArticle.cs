namespace CasualtyDashboard.Data.Queries;

/// <summary>An article that extraction gave up on, with the error of its last attempt.</summary>
public sealed record FailedArticle(long Id, string? Title, int Attempts, string? LastError, DateTime CreatedAt);
