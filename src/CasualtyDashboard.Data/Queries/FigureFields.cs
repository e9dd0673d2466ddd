using CasualtyDashboard.Extraction.Model;

namespace CasualtyDashboard.Data.Queries;

/// <summary>The fields of a figure an analyst can correct (SCHEMA.md's figure without the evidence).</summary>
public sealed record FigureFields(
    long Value,
    FigureQualifier Qualifier,
    FigureCategory Category,
    FigureSubgroup Subgroup,
    string? Region,
    string? Area,
    string Authority,
    DateOnly? ReportedOn,
    FigureBasis Basis,
    DateOnly? Since);
