using CasualtyDashboard.Data.Entities;

namespace CasualtyDashboard.Data.Queries;

/// <summary>One article with its text exactly as stored and its figures (in text order) with their review state and notes.</summary>
public sealed record ArticleDetail(
    long Id,
    string? Title,
    string? Url,
    string? Outlet,
    DateOnly? Published,
    string Text,
    ArticleState State,
    string? ExtractorVersion,
    string? LastError,
    IReadOnlyList<FigureRow> Figures);
