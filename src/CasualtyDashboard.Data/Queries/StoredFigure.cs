using CasualtyDashboard.Extraction.Model;

namespace CasualtyDashboard.Data.Queries;

/// <summary>A stored figure in the extractor's shape (SCHEMA.md fields, evidence span, rule), with its database id.</summary>
public sealed record StoredFigure(long Id, CasualtyFigure Figure);
