using CasualtyDashboard.Data.Entities;

namespace CasualtyDashboard.Data.Queries;

/// <summary>One article's place in the pipeline (state, attempts, error) and its stored figures, for scripts following it.</summary>
public sealed record ArticleStatus(
    long Id, string? ExternalId, string Channel, string? Outlet, DateOnly? Published, string? Url, string? Title,
    ArticleState State, int Attempts, string? LastError, DateTime? NextAttemptAt, string? ExtractorVersion,
    DateTime CreatedAt, DateTime? ExtractedAt, IReadOnlyList<StoredFigure> Figures);
