namespace CasualtyDashboard.Data.Queries;

/// <summary>The correction in force on a figure: the corrected fields, the analyst's note, who and when.</summary>
public sealed record FigureCorrectionView(long Id, FigureFields Fields, string? Note, string By, DateTime At);
