using CasualtyDashboard.Extraction.Model;
using CasualtyDashboard.Extraction.Schema;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CasualtyDashboard.Data.Configurations;

/// <summary>Figure enums are stored as the SCHEMA.md codes, so the database reads like the corpus files.</summary>
internal static class SchemaCodeConverters
{
    public static readonly ValueConverter<FigureCategory, string> Category =
        new(v => v.Code(), s => ParseCategory(s));
    public static readonly ValueConverter<FigureSubgroup, string> Subgroup =
        new(v => v.Code(), s => ParseSubgroup(s));
    public static readonly ValueConverter<FigureQualifier, string> Qualifier =
        new(v => v.Code(), s => ParseQualifier(s));
    public static readonly ValueConverter<FigureBasis, string> Basis =
        new(v => v.Code(), s => ParseBasis(s));

    internal static FigureCategory ParseCategory(string s) => SchemaCodes.TryParseCategory(s, out var v) ? v : throw Unknown("category", s);
    internal static FigureSubgroup ParseSubgroup(string s) => SchemaCodes.TryParseSubgroup(s, out var v) ? v : throw Unknown("subgroup", s);
    internal static FigureQualifier ParseQualifier(string s) => SchemaCodes.TryParseQualifier(s, out var v) ? v : throw Unknown("qualifier", s);
    internal static FigureBasis ParseBasis(string s) => SchemaCodes.TryParseBasis(s, out var v) ? v : throw Unknown("basis", s);

    private static InvalidOperationException Unknown(string field, string code) =>
        new($"The database holds an unknown {field} code '{code}'.");
}
