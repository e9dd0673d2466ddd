using CasualtyDashboard.Extraction.Model;

namespace CasualtyDashboard.Extraction.Schema;

/// <summary>The snake_case codes SCHEMA.md uses for the figure enums, both ways.</summary>
public static class SchemaCodes
{
    private static readonly string[] Categories = ["killed", "injured", "missing", "casualties"];
    private static readonly string[] Subgroups =
        ["all", "children", "women", "elderly", "civilians", "soldiers", "fighters", "police", "medical", "journalists", "aid_workers", "other"];
    private static readonly string[] Qualifiers = ["exact", "at_least", "more_than", "about", "up_to", "vague"];
    private static readonly string[] Bases = ["cumulative", "period", "incident"];

    public static string Code(this FigureCategory value) => Categories[(int)value];
    public static string Code(this FigureSubgroup value) => Subgroups[(int)value];
    public static string Code(this FigureQualifier value) => Qualifiers[(int)value];
    public static string Code(this FigureBasis value) => Bases[(int)value];

    public static bool TryParseCategory(string? code, out FigureCategory value) => TryParse(Categories, code, out value);
    public static bool TryParseSubgroup(string? code, out FigureSubgroup value) => TryParse(Subgroups, code, out value);
    public static bool TryParseQualifier(string? code, out FigureQualifier value) => TryParse(Qualifiers, code, out value);
    public static bool TryParseBasis(string? code, out FigureBasis value) => TryParse(Bases, code, out value);

    /// <summary>Every code of an enum, in declaration order (for pickers and data dictionaries).</summary>
    public static IReadOnlyList<string> CategoryCodes => Categories;
    public static IReadOnlyList<string> SubgroupCodes => Subgroups;
    public static IReadOnlyList<string> QualifierCodes => Qualifiers;
    public static IReadOnlyList<string> BasisCodes => Bases;

    private static bool TryParse<T>(string[] codes, string? code, out T value) where T : struct, Enum
    {
        var index = code is null ? -1 : Array.IndexOf(codes, code.Trim().ToLowerInvariant());
        value = index < 0 ? default : (T)(object)index;
        return index >= 0;
    }
}
