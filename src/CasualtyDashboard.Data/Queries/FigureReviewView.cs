using CasualtyDashboard.Data.Entities;

namespace CasualtyDashboard.Data.Queries;

/// <summary>The review in force on a figure.</summary>
public sealed record FigureReviewView(long Id, ReviewDecision Decision, string? Reason, string By, DateTime At);
