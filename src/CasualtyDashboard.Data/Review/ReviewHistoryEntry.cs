using CasualtyDashboard.Data.Entities;
using CasualtyDashboard.Data.Queries;

namespace CasualtyDashboard.Data.Review;

/// <summary>One review or correction of a figure, as its history lists it (newest first).</summary>
public sealed record ReviewHistoryEntry(ReviewDecision? Decision, string? Reason, FigureFields? Correction, string? Note, string By, DateTime At);
