using CasualtyDashboard.Data.Queries;

namespace CasualtyDashboard.Web.Services.Figures;

/// <summary>What the correction dialog returns.</summary>
public sealed record CorrectionInput(FigureFields Fields, string? Note);
