using CasualtyDashboard.Data.Queries;
using CasualtyDashboard.Extraction.Schema;

namespace CasualtyDashboard.Web.Services.Figures;

/// <summary>What the correction dialog returns.</summary>
public sealed record CorrectionInput(FigureFields Fields, string? Note)
{
    /// <summary>
    /// The corrected fields from the dialog's inputs (codes as the schema writes them); null when no authority is given.
    /// A code that does not parse keeps the original's value.
    /// </summary>
    public static FigureFields? Build(FigureFields original, long value, string qualifier, string category, string subgroup,
        string? region, string? area, string? authority, DateOnly? reportedOn, string basis, DateOnly? since)
    {
        if (string.IsNullOrWhiteSpace(authority)) return null;
        return new FigureFields(value,
            SchemaCodes.TryParseQualifier(qualifier, out var q) ? q : original.Qualifier,
            SchemaCodes.TryParseCategory(category, out var c) ? c : original.Category,
            SchemaCodes.TryParseSubgroup(subgroup, out var s) ? s : original.Subgroup,
            string.IsNullOrWhiteSpace(region) ? null : region.Trim(), string.IsNullOrWhiteSpace(area) ? null : area.Trim(),
            authority.Trim(), reportedOn,
            SchemaCodes.TryParseBasis(basis, out var b) ? b : original.Basis, since);
    }
}
